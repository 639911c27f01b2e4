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
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.crisisdesk.common.Actor;
import org.crisisdesk.common.Actor.Role;
import org.crisisdesk.common.Messages;
import org.crisisdesk.operators.Operator;
import org.crisisdesk.operators.OperatorService;

/** Operator management for supervisors: the table, then an "add" row and actions on the selection. */
public final class OperatorsView extends VBox {
    private final OperatorsViewModel model;

    public OperatorsView(OperatorService service, Messages messages, Clock clock, Supplier<Actor> actor,
            Executor background) {
        this(new OperatorsViewModel(service, messages, clock, actor, background, Platform::runLater), messages);
    }

    public OperatorsView(OperatorsViewModel model, Messages m) {
        this.model = model;
        Label title = new Label(m.get("operators.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        TableView<Operator> table = new TableView<>(model.operators());
        table.setId("operatorsTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column(m.get("operators.col.name"), Operator::displayName));
        table.getColumns().add(column(m.get("operators.col.role"), o -> model.roleText(o.role())));
        table.getColumns().add(column(m.get("operators.col.status"), model::statusText));
        VBox.setVgrow(table, Priority.ALWAYS);

        TextField name = new TextField();
        name.setId("operatorsNewName");
        name.setPromptText(m.get("operators.col.name"));
        ComboBox<Role> role = roles(model);
        role.valueProperty().bindBidirectional(model.newRoleProperty());
        PasswordField pin = new PasswordField();
        pin.setId("operatorsNewPin");
        pin.setPromptText(m.get("signIn.pin"));
        Button add = new Button(m.get("operators.add"));
        add.setId("operatorsAdd");
        add.getStyleClass().add(Styles.ACCENT);
        HBox addRow = new HBox(8, name, role, pin, add);

        ComboBox<Role> editRole = roles(model);
        editRole.valueProperty().bindBidirectional(model.editRoleProperty());
        Button changeRole = new Button(m.get("operators.changeRole"));
        PasswordField editPin = new PasswordField();
        editPin.setPromptText(m.get("signIn.pin"));
        Button setPin = new Button(m.get("operators.setPin"));
        Button toggle = new Button(m.get("operators.toggleActive"));
        toggle.setId("operatorsToggle");
        Button lift = new Button(m.get("operators.liftLockout"));
        lift.setId("operatorsLift");
        HBox editRow = new HBox(8, editRole, changeRole, editPin, setPin, toggle, lift);
        Label status = new Label();
        status.setId("operatorsStatus");
        status.setWrapText(true);

        getChildren().addAll(title, table, addRow, editRow, status);
        setSpacing(8);
        setStyle("-fx-padding: 16;");

        name.textProperty().bindBidirectional(model.newNameProperty());
        pin.textProperty().bindBidirectional(model.newPinProperty());
        editPin.textProperty().bindBidirectional(model.editPinProperty());
        status.textProperty().bind(model.statusProperty());
        editRow.disableProperty().bind(model.selectedProperty().isNull());
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> model.selectedProperty().set(b));
        model.selectedProperty().addListener((o, a, b) -> {
            if (b != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(b);
            }
        });
        add.setOnAction(e -> model.add());
        changeRole.setOnAction(e -> model.changeRole());
        setPin.setOnAction(e -> model.setPin());
        toggle.setOnAction(e -> model.toggleActive());
        lift.setOnAction(e -> model.liftLockout());
        model.refresh();
    }

    private static TableColumn<Operator, String> column(String title, Function<Operator, String> f) {
        TableColumn<Operator, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(f.apply(cd.getValue())));
        return c;
    }

    private static ComboBox<Role> roles(OperatorsViewModel model) {
        ComboBox<Role> box = new ComboBox<>();
        box.getItems().setAll(Role.values());
        box.setButtonCell(roleCell(model));
        box.setCellFactory(v -> roleCell(model));
        return box;
    }

    private static ListCell<Role> roleCell(OperatorsViewModel model) {
        return new ListCell<>() {
            @Override
            protected void updateItem(Role r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty ? null : model.roleText(r));
            }
        };
    }

    public OperatorsViewModel model() {
        return model;
    }
}
