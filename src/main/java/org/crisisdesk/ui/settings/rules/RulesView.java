package org.crisisdesk.ui.settings.rules;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.util.StringConverter;
import org.crisisdesk.checker.Severity;
import org.crisisdesk.common.Messages;
import org.crisisdesk.ui.common.FitContentCell;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The Rules section of Settings, self-contained: the rule list on the left, the selected rule's
 * form on the right (patterns, exceptions, suggestions, severity, examples), and after a save the
 * outcome of every example. Built in code: parts, layout, then bindings and handlers.
 */
public final class RulesView extends BorderPane {
    private final RulesViewModel model;
    private final Messages messages;

    private final TableView<RulesViewModel.RuleRow> table = new TableView<>();
    private final TextField id = new TextField();
    private final TextField kind = new TextField();
    private final ComboBox<Severity> severity = new ComboBox<>();
    private final TextArea reason = area(2);
    private final TextArea patterns = area(4);
    private final TextArea exceptions = area(2);
    private final TextArea suggestions = area(2);
    private final TextArea mustFlag = area(3);
    private final TextArea mustNotFlag = area(3);
    private final Button newButton = new Button();
    private final Button saveButton = new Button();
    private final Button revertButton = new Button();
    private final Button deleteButton = new Button();
    private final Label status = new Label();
    private final ListView<RulesViewModel.ExampleRow> exampleList = new ListView<>();

    public RulesView(RulesViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        createParts();
        layoutParts();
        bind();
        model.load();
    }

    private void createParts() {
        setId("rules-view");
        table.setId("rules-table");
        TableColumn<RulesViewModel.RuleRow, String> idCol = new TableColumn<>(messages.get("rules.column.id"));
        idCol.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().id()));
        idCol.setPrefWidth(190);
        TableColumn<RulesViewModel.RuleRow, String> kindCol = new TableColumn<>(messages.get("rules.column.kind"));
        kindCol.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().kind()));
        kindCol.setPrefWidth(50);
        TableColumn<RulesViewModel.RuleRow, String> sevCol = new TableColumn<>(messages.get("rules.column.severity"));
        sevCol.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(severityLabel(c.getValue().severity())));
        sevCol.setPrefWidth(60);
        table.getColumns().setAll(java.util.List.of(idCol, kindCol, sevCol));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        id.setId("rule-id");
        patterns.setId("rule-patterns");
        mustFlag.setId("rule-must-flag");
        mustNotFlag.setId("rule-must-not-flag");
        severity.getItems().setAll(Severity.values());
        severity.setConverter(new StringConverter<>() {
            @Override
            public String toString(Severity s) {
                return s == null ? "" : severityLabel(s);
            }

            @Override
            public Severity fromString(String s) {
                return null;
            }
        });
        newButton.setText(messages.get("rules.button.new"));
        newButton.setGraphic(new FontIcon(Material2AL.ADD));
        saveButton.setId("rule-save");
        saveButton.setText(messages.get("rules.button.save"));
        saveButton.setGraphic(new FontIcon(Material2MZ.PLAYLIST_ADD_CHECK));
        saveButton.getStyleClass().add(Styles.ACCENT);
        saveButton.setDefaultButton(true);
        revertButton.setText(messages.get("rules.button.revert"));
        revertButton.setGraphic(new FontIcon(Material2MZ.UNDO));
        deleteButton.setText(messages.get("rules.button.delete"));
        deleteButton.setGraphic(new FontIcon(Material2AL.DELETE));
        deleteButton.getStyleClass().add(Styles.DANGER);
        status.setId("rule-status");
        status.setWrapText(true);
        exampleList.setId("rule-examples");
        exampleList.setPrefHeight(140);
        exampleList.setCellFactory(list -> new ExampleCell());
    }

    private void layoutParts() {
        Label title = new Label(messages.get("rules.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        VBox form = new VBox(6,
                row(messages.get("rules.column.id"), id), row(messages.get("rules.column.kind"), kind),
                row(messages.get("rules.column.severity"), severity),
                caption(messages.get("rules.column.reason")), reason,
                caption(messages.get("rules.field.patterns")), patterns,
                caption(messages.get("rules.field.exceptions")), exceptions,
                caption(messages.get("rules.field.suggestions")), suggestions,
                caption(messages.get("rules.field.mustFlag")), mustFlag,
                caption(messages.get("rules.field.mustNotFlag")), mustNotFlag,
                new HBox(8, saveButton, revertButton, newButton, deleteButton),
                status, exampleList);
        form.setPadding(new Insets(8));
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        SplitPane split = new SplitPane(table, scroll);
        split.setDividerPositions(0.34);
        setTop(title);
        setCenter(split);
        setPadding(new Insets(8));
    }

    private void bind() {
        id.textProperty().bindBidirectional(model.idProperty());
        id.disableProperty().bind(model.editingExistingProperty());
        kind.textProperty().bindBidirectional(model.kindProperty());
        severity.valueProperty().bindBidirectional(model.severityProperty());
        reason.textProperty().bindBidirectional(model.reasonProperty());
        patterns.textProperty().bindBidirectional(model.patternsProperty());
        exceptions.textProperty().bindBidirectional(model.exceptionsProperty());
        suggestions.textProperty().bindBidirectional(model.suggestionsProperty());
        mustFlag.textProperty().bindBidirectional(model.mustFlagProperty());
        mustNotFlag.textProperty().bindBidirectional(model.mustNotFlagProperty());
        status.textProperty().bind(model.statusProperty());
        model.refusedProperty().addListener((obs, was, now) -> {
            status.getStyleClass().removeAll(Styles.DANGER, Styles.SUCCESS);
            status.getStyleClass().add(now ? Styles.DANGER : Styles.SUCCESS);
        });
        table.setItems(model.rules());
        exampleList.setItems(model.examples());
        table.getSelectionModel().selectedItemProperty().addListener((obs, was, row) -> {
            if (row != null) {
                model.select(row.id());
            }
        });
        saveButton.disableProperty().bind(model.busyProperty());
        deleteButton.disableProperty().bind(Bindings.or(model.busyProperty(), model.editingExistingProperty().not()));
        saveButton.setOnAction(e -> model.save());
        newButton.setOnAction(e -> {
            table.getSelectionModel().clearSelection();
            model.startNew();
        });
        revertButton.setOnAction(e -> {
            RulesViewModel.RuleRow row = table.getSelectionModel().getSelectedItem();
            if (row != null) {
                model.select(row.id());
            }
        });
        deleteButton.setOnAction(e -> model.delete());
    }

    private String severityLabel(Severity s) {
        return messages.get("checker.severity." + s.name());
    }

    private static TextArea area(int rows) {
        TextArea a = new TextArea();
        a.setPrefRowCount(rows);
        a.setWrapText(true);
        return a;
    }

    private static Label caption(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.TEXT_MUTED);
        l.setWrapText(true);
        return l;
    }

    private static HBox row(String label, javafx.scene.Node field) {
        Label l = new Label(label);
        l.setMinWidth(70);
        HBox box = new HBox(8, l, field);
        HBox.setHgrow(field, javafx.scene.layout.Priority.ALWAYS);
        return box;
    }

    /** An example with a pass/fail icon. */
    /** Wraps: an example sentence can be long. */
    private final class ExampleCell extends FitContentCell<RulesViewModel.ExampleRow> {
        @Override
        protected void updateItem(RulesViewModel.ExampleRow item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            String outcome = messages.get(item.passed() ? "rules.example.pass" : "rules.example.fail");
            String expectation = messages.get(item.mustFlag() ? "rules.example.mustFlag" : "rules.example.mustNotFlag");
            setText(outcome + " · " + expectation + " · " + item.text());
            FontIcon icon = new FontIcon(item.passed() ? Material2AL.CHECK_CIRCLE : Material2AL.ERROR);
            icon.getStyleClass().add(item.passed() ? Styles.SUCCESS : Styles.DANGER);
            setGraphic(icon);
        }
    }
}
