package org.crisisdesk.ui.operators;

import atlantafx.base.theme.Styles;
import java.time.Clock;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.crisisdesk.common.Actor;
import org.crisisdesk.common.Messages;
import org.crisisdesk.operators.AuditLog;
import org.crisisdesk.operators.AuditRecord;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/** The audit log for supervisors: filters, the entries newest first, and "verify audit log". */
public final class AuditView extends VBox {
    private final AuditViewModel model;

    public AuditView(AuditLog audit, Messages messages, Clock clock, Supplier<Actor> actor, Executor background) {
        this(new AuditViewModel(audit, messages, clock, actor, background, Platform::runLater), messages);
    }

    public AuditView(AuditViewModel model, Messages m) {
        this.model = model;
        Label title = new Label(m.get("audit.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        ComboBox<String> operator = new ComboBox<>(model.operatorChoices());
        operator.setPromptText(m.get("audit.filter.operator"));
        operator.setEditable(true);
        TextField caseId = new TextField();
        caseId.setId("auditCase");
        caseId.setPromptText(m.get("audit.filter.case"));
        caseId.setPrefColumnCount(6);
        DatePicker from = new DatePicker();
        from.setPromptText(m.get("audit.filter.from"));
        DatePicker to = new DatePicker();
        to.setPromptText(m.get("audit.filter.to"));
        ComboBox<String> action = new ComboBox<>(model.actionChoices());
        action.setPromptText(m.get("audit.filter.action"));
        // the log's own action codes, shown in words; the empty choice clears the filter
        action.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String code) {
                return model.actionLabel(code);
            }

            @Override
            public String fromString(String label) {
                return model.actionChoices().stream().filter(c -> model.actionLabel(c).equals(label)).findFirst()
                        .orElse(label);
            }
        });
        Button search = new Button(m.get("audit.search"), new FontIcon(Material2MZ.SEARCH));
        search.setId("auditSearch");
        search.setDefaultButton(true);
        Button verify = new Button(m.get("audit.verify"), new FontIcon(Material2MZ.VERIFIED_USER));
        verify.setId("auditVerify");
        HBox filters = new HBox(8, operator, caseId, from, to, action, search, verify);

        Label verifyResult = new Label();
        verifyResult.setId("auditVerifyResult");
        verifyResult.setWrapText(true);
        Label error = new Label();
        error.getStyleClass().add(Styles.DANGER);

        TableView<AuditRecord> table = new TableView<>(model.records());
        table.setId("auditTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column(m.get("audit.col.seq"), r -> Long.toString(r.seq())));
        table.getColumns().add(column(m.get("audit.col.at"), model::displayAt));
        table.getColumns().add(column(m.get("audit.col.operator"), AuditRecord::operator));
        table.getColumns().add(column(m.get("audit.col.action"), r -> model.actionLabel(r.action())));
        table.getColumns().add(column(m.get("audit.col.entity"),
                r -> r.entityType() == null ? "" : r.entityType() + " " + (r.entityId() == null ? "" : r.entityId())));
        table.getColumns().add(column(m.get("audit.col.case"), r -> r.caseId() == null ? "" : r.caseId().toString()));
        table.getColumns().add(column(m.get("audit.col.field"), r -> r.field() == null ? "" : r.field()));
        table.getColumns().add(column(m.get("audit.col.before"), r -> model.display(r.before())));
        table.getColumns().add(column(m.get("audit.col.after"), r -> model.display(r.after())));
        VBox.setVgrow(table, Priority.ALWAYS);

        getChildren().addAll(title, filters, verifyResult, error, table);
        setSpacing(8);
        setStyle("-fx-padding: 16;");

        operator.valueProperty().bindBidirectional(model.operatorProperty());
        caseId.textProperty().bindBidirectional(model.caseIdProperty());
        from.valueProperty().bindBidirectional(model.fromProperty());
        to.valueProperty().bindBidirectional(model.toProperty());
        action.valueProperty().bindBidirectional(model.actionProperty());
        verifyResult.textProperty().bind(model.verifyTextProperty());
        model.verifyOkProperty().addListener((o, a, ok) -> {
            verifyResult.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER);
            verifyResult.getStyleClass().add(ok ? Styles.SUCCESS : Styles.DANGER);
        });
        error.textProperty().bind(model.errorProperty());
        search.setOnAction(e -> model.search());
        verify.setOnAction(e -> model.verify());
        model.refresh();
    }

    private static TableColumn<AuditRecord, String> column(String title, Function<AuditRecord, String> f) {
        TableColumn<AuditRecord, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(f.apply(cd.getValue())));
        return c;
    }

    public AuditViewModel model() {
        return model;
    }
}
