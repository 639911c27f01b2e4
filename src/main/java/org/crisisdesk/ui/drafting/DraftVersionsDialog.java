package org.crisisdesk.ui.drafting;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.text.TextFlow;
import javafx.stage.Window;
import org.crisisdesk.common.Messages;
import org.crisisdesk.drafting.DraftVersion;

/** Kept versions of a draft: pick one to compare with the current text; restore it. */
final class DraftVersionsDialog extends Dialog<DraftVersion> {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm:ss");

    DraftVersionsDialog(Window owner, DraftingViewModel vm, DraftSession session, List<DraftVersion> versions) {
        Messages m = vm.messages();
        initOwner(owner);
        setTitle(m.get("drafting.versions"));
        setResizable(true);
        ListView<DraftVersion> list = new ListView<>();
        list.setId("draft-versions-list");
        list.getItems().setAll(versions);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(DraftVersion item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : m.get("drafting.version.row", item.versionNo(),
                        TIME.format(item.savedAt().atZone(ZoneId.systemDefault())),
                        m.get("drafting.version.reason." + item.reason().name()), item.savedBy()));
            }
        });
        TextFlow diff = new TextFlow();
        diff.getStyleClass().add("draft-diff");
        Label hint = new Label(m.get("drafting.versions.hint"));
        hint.setWrapText(true);
        diff.getChildren().setAll(hint);
        ScrollPane diffPane = new ScrollPane(diff);
        diffPane.setFitToWidth(true);
        list.getSelectionModel().selectedItemProperty().addListener((o, was, v) -> {
            if (v != null) {
                DraftPreview.showDiff(diff, vm.compare(v.text(), session.getText()));
            }
        });
        SplitPane split = new SplitPane(list, diffPane);
        split.setDividerPositions(0.35);
        split.setPrefSize(760, 420);
        getDialogPane().setContent(split);
        getDialogPane().getStylesheets().add(DraftingView.STYLESHEET);
        ButtonType restore = new ButtonType(m.get("drafting.versions.restore"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(restore, ButtonType.CLOSE);
        getDialogPane().lookupButton(restore).disableProperty()
                .bind(Bindings.createBooleanBinding(() -> list.getSelectionModel().getSelectedItem() == null
                        || session.getDraft().isFinal(), list.getSelectionModel().selectedItemProperty(),
                        session.draftProperty()));
        setResultConverter(b -> b == restore ? list.getSelectionModel().getSelectedItem() : null);
    }
}
