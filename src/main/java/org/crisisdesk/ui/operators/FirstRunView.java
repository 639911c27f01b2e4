package org.crisisdesk.ui.operators;

import atlantafx.base.theme.Styles;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.crisisdesk.common.Actor;
import org.crisisdesk.common.Messages;
import org.crisisdesk.operators.OperatorService;

/** The first screen on a new desk: create the first supervisor; there is no default account. */
public final class FirstRunView extends VBox {
    private final FirstRunViewModel model;

    public FirstRunView(OperatorService operators, Messages messages, Executor background, Consumer<Actor> onSignedIn) {
        this(new FirstRunViewModel(operators, messages, background, Platform::runLater, onSignedIn), messages);
    }

    public FirstRunView(FirstRunViewModel model, Messages m) {
        this.model = model;
        Label title = new Label(m.get("firstRun.title"));
        title.getStyleClass().add(Styles.TITLE_2);
        Label intro = new Label(m.get("firstRun.intro"));
        intro.setWrapText(true);
        TextField name = new TextField();
        name.setId("firstRunName");
        name.setPromptText(m.get("firstRun.name"));
        PasswordField pin = new PasswordField();
        pin.setId("firstRunPin");
        pin.setPromptText(m.get("firstRun.pin"));
        PasswordField repeat = new PasswordField();
        repeat.setId("firstRunPinRepeat");
        repeat.setPromptText(m.get("firstRun.pinRepeat"));
        Label error = new Label();
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        Button create = new Button(m.get("firstRun.create"));
        create.setId("firstRunCreate");
        create.getStyleClass().add(Styles.ACCENT);
        create.setDefaultButton(true);

        getChildren().addAll(title, intro, new Label(m.get("firstRun.name")), name, new Label(m.get("firstRun.pin")),
                pin, new Label(m.get("firstRun.pinRepeat")), repeat, create, error);
        setSpacing(8);
        setMaxWidth(420);
        setAlignment(Pos.CENTER_LEFT);
        setStyle("-fx-padding: 32;");

        name.textProperty().bindBidirectional(model.nameProperty());
        pin.textProperty().bindBidirectional(model.pinProperty());
        repeat.textProperty().bindBidirectional(model.pinRepeatProperty());
        error.textProperty().bind(model.errorProperty());
        create.disableProperty().bind(model.busyProperty());
        create.setOnAction(e -> model.create());
    }

    public FirstRunViewModel model() {
        return model;
    }
}
