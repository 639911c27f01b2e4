package org.crisisdesk.ui.checklist;

import atlantafx.base.theme.Styles;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.crisisdesk.checklist.DeadlineRule;
import org.crisisdesk.checklist.Template;
import org.crisisdesk.checklist.TemplateStep;
import org.crisisdesk.common.Messages;
import org.crisisdesk.ui.common.FitContentCell;

/** Settings section: edit the checklist templates (applies to checklists started afterwards). */
public final class TemplatesView extends BorderPane {
    public TemplatesView(TemplatesViewModel model, Messages messages) {
        ComboBox<Template> templates = new ComboBox<>(model.templates());
        templates.setId("templates-template");
        templates.valueProperty().bindBidirectional(model.templateProperty());
        templates.setConverter(new StringConverter<>() {
            @Override
            public String toString(Template t) {
                return t == null ? "" : t.nameZh();
            }

            @Override
            public Template fromString(String s) {
                return null;
            }
        });
        ListView<TemplateStep> steps = new ListView<>(model.steps());
        steps.setId("templates-steps");
        steps.setPrefWidth(260);
        steps.setCellFactory(v -> new FitContentCell<>() { // a long step title wraps in the narrow list
            @Override
            protected void updateItem(TemplateStep s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : s.stepNo() + ". " + s.title());
            }
        });
        steps.getSelectionModel().selectedItemProperty().addListener((obs, old, s) -> {
            if (s != null) {
                model.stepProperty().set(s);
            }
        });

        ComboBox<DeadlineRule.Kind> rule = new ComboBox<>();
        rule.getItems().setAll(DeadlineRule.Kind.values());
        rule.valueProperty().bindBidirectional(model.ruleKindProperty());
        rule.setConverter(new StringConverter<>() {
            @Override
            public String toString(DeadlineRule.Kind k) {
                return k == null ? "" : messages.get("checklist.rule." + k.name());
            }

            @Override
            public DeadlineRule.Kind fromString(String s) {
                return null;
            }
        });
        ComboBox<String> offers = new ComboBox<>();
        offers.getItems().setAll("", "SOLUTION_SET", "REPLIED", "CARRIED_OUT");
        offers.valueProperty().bindBidirectional(model.offersStatusProperty());

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        int row = 0;
        form.addRow(row++, new Label(messages.get("checklist.tpl.key")), text(new TextField(), model.keyProperty(), "tpl-key"));
        form.addRow(row++, new Label(messages.get("checklist.tpl.title")), text(new TextField(), model.titleProperty(), "tpl-title"));
        form.addRow(row++, new Label(messages.get("checklist.lead")), text(new TextField(), model.leadProperty(), "tpl-lead"));
        form.addRow(row++, new Label(messages.get("checklist.support")), text(new TextField(), model.supportProperty(), "tpl-support"));
        form.addRow(row++, new Label(messages.get("checklist.tpl.guidance")), text(new TextArea(), model.guidanceProperty(), "tpl-guidance"));
        form.addRow(row++, new Label(messages.get("checklist.tpl.fields")), text(new TextArea(), model.fieldsProperty(), "tpl-fields"));
        form.addRow(row++, new Label(messages.get("checklist.tpl.rule")), rule);
        form.addRow(row++, new Label(messages.get("checklist.tpl.offset")), text(new TextField(), model.offsetMinutesProperty(), "tpl-offset"));
        form.addRow(row++, new Label(messages.get("checklist.tpl.offers")), offers);

        Button add = new Button(messages.get("checklist.tpl.add"));
        add.setOnAction(e -> model.addStep());
        Button save = new Button(messages.get("checklist.tpl.save"));
        save.setId("tpl-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.setOnAction(e -> model.save());
        Button delete = new Button(messages.get("checklist.tpl.delete"));
        delete.getStyleClass().add(Styles.DANGER);
        delete.setOnAction(e -> model.delete());
        save.disableProperty().bind(model.stepProperty().isNull());
        delete.disableProperty().bind(model.stepProperty().isNull());
        Label note = new Label(messages.get("checklist.tpl.note"));
        note.getStyleClass().add(Styles.TEXT_MUTED);
        Label error = new Label();
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(model.errorProperty());

        VBox right = new VBox(8, form, new HBox(8, add, save, delete), note, error);
        right.setPadding(new Insets(0, 0, 0, 12));
        HBox.setHgrow(right, Priority.ALWAYS);
        setTop(templates);
        setLeft(steps);
        setCenter(right);
        setPadding(new Insets(12));
    }

    private static TextInputControl text(TextInputControl input, StringProperty value, String id) {
        input.setId(id);
        input.textProperty().bindBidirectional(value);
        if (input instanceof TextArea area) {
            area.setPrefRowCount(3);
            area.setWrapText(true);
        }
        GridPane.setHgrow(input, Priority.ALWAYS);
        return input;
    }
}
