package org.crisisdesk.ui.scripts;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.crisisdesk.common.Messages;
import org.crisisdesk.scripts.ImportPlan;
import org.crisisdesk.scripts.Reasons;

/**
 * The import preview: what the pack would add, update and leave alone (conflicts keep the local
 * edit), with Import and Cancel. Inline rather than a modal dialog, so nothing blocks the FX thread.
 */
final class ImportPlanPane extends VBox {
    private final Label summary = new Label();
    private final ListView<ImportPlan.Item> items = new ListView<>();
    final Button apply;
    final Button cancel;

    ImportPlanPane(LibraryViewModel vm) {
        Messages m = vm.messages();
        Label heading = new Label(m.get("scripts.import.title"));
        heading.getStyleClass().add(Styles.TITLE_4);
        apply = new Button(m.get("scripts.import.apply"));
        apply.getStyleClass().add(Styles.ACCENT);
        apply.setId("import-apply");
        cancel = new Button(m.get("scripts.import.cancel"));
        Button take = new Button(m.get("scripts.import.takePack"));
        take.setId("import-take-pack");
        take.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            ImportPlan.Item it = items.getSelectionModel().getSelectedItem();
            return it == null || !(it.kind() == ImportPlan.Kind.CONFLICT || vm.takesPack(it.entry().code()));
        }, items.getSelectionModel().selectedItemProperty()));
        take.setOnAction(e -> vm.toggleTakePack(items.getSelectionModel().getSelectedItem().entry().code()));
        items.setId("import-plan");
        items.setPrefHeight(180);
        items.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ImportPlan.Item it, boolean empty) {
                super.updateItem(it, empty);
                if (empty || it == null) {
                    setText(null);
                    return;
                }
                String reason = it.draftReason() == null ? ""
                        : "  " + m.get("scripts.import.arrivesDraft", Reasons.localize(it.draftReason(), m));
                String kind = vm.takesPack(it.entry().code()) ? m.get("scripts.import.takenPack") : m.get(it.kind().labelKey());
                setText("[" + kind + "] " + it.entry().title() + "  (" + it.entry().code() + ")"
                        + reason);
            }
        });
        summary.setId("import-summary");
        getChildren().addAll(heading, summary, items, new HBox(8, apply, cancel, take));
        setSpacing(6);
        setPadding(new Insets(8));
        getStyleClass().add("import-plan-pane");
        setId("import-pane");
        apply.setOnAction(e -> vm.applyImport());
        cancel.setOnAction(e -> vm.cancelImport());
        vm.planProperty().addListener((o, a, p) -> show(vm, p));
        show(vm, vm.planProperty().get());
    }

    private void show(LibraryViewModel vm, ImportPlan p) {
        setVisible(p != null);
        setManaged(p != null);
        if (p == null) {
            items.getItems().clear();
            return;
        }
        summary.setText(vm.summary(p));
        // unchanged scripts last: the reader looks for what changes
        items.getItems().setAll(p.items().stream()
                .sorted(java.util.Comparator.comparing(ImportPlan.Item::kind)).toList());
        apply.setDisable(!p.changesAnything());
    }
}
