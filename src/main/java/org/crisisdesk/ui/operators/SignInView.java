package org.crisisdesk.ui.operators;

import atlantafx.base.theme.Styles;
import java.time.Clock;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.crisisdesk.common.Actor;
import org.crisisdesk.common.Messages;
import org.crisisdesk.operators.Operator;
import org.crisisdesk.operators.OperatorService;
import org.crisisdesk.store.WriteGuard;

/** The start screen (and the unlock screen): active operators, a PIN field, the lockout countdown. */
public final class SignInView extends VBox {
    private final SignInViewModel model;
    private final Timeline ticker;
    private final PasswordField pin = new PasswordField();

    public SignInView(OperatorService operators, Messages messages, Clock clock, Executor background,
            Consumer<Actor> onSignedIn) {
        this(operators, messages, clock, background, WriteGuard.passThrough(), onSignedIn);
    }

    /** @param writes keeps a sign-in the full disk refused (see {@link SignInViewModel}) */
    public SignInView(OperatorService operators, Messages messages, Clock clock, Executor background,
            WriteGuard writes, Consumer<Actor> onSignedIn) {
        this(new SignInViewModel(operators, messages, clock, background, Platform::runLater, writes, onSignedIn),
                messages);
    }

    public SignInView(SignInViewModel model, Messages m) {
        this.model = model;
        Label title = new Label(m.get("signIn.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        ListView<Operator> list = new ListView<>(model.operators());
        list.setId("signInOperators");
        list.setPrefHeight(220);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Operator o, boolean empty) {
                super.updateItem(o, empty);
                setText(empty || o == null ? null : model.label(o));
            }
        });
        pin.setId("signInPin");
        pin.setPromptText(m.get("signIn.pin"));
        Button submit = new Button(m.get("signIn.submit"));
        submit.setId("signInSubmit");
        submit.getStyleClass().add(Styles.ACCENT);
        submit.setDefaultButton(true);
        Label error = new Label();
        error.setId("signInError");
        error.setWrapText(true);
        error.getStyleClass().add(Styles.DANGER);
        Label lockout = new Label();
        lockout.setId("signInLockout");
        lockout.getStyleClass().add(Styles.WARNING);

        Label pinLabel = new Label(m.get("signIn.pin")); // the prompt text vanishes once the field has focus
        pinLabel.setLabelFor(pin);
        getChildren().addAll(title, list, pinLabel, pin, submit, lockout, error);
        setSpacing(8);
        setMaxWidth(420);
        setStyle("-fx-padding: 32;");

        model.selectedProperty().addListener((obs, old, now) -> {
            if (now != null && list.getSelectionModel().getSelectedItem() != now) {
                list.getSelectionModel().select(now);
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            model.selectedProperty().set(now);
            if (now != null) {
                pin.requestFocus();
            }
        });
        pin.textProperty().bindBidirectional(model.pinProperty());
        error.textProperty().bind(model.errorProperty());
        lockout.textProperty().bind(model.lockoutProperty());
        submit.disableProperty().bind(model.busyProperty());
        submit.setOnAction(e -> model.signIn());
        ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> model.tick()));
        ticker.setCycleCount(Animation.INDEFINITE);
        sceneProperty().addListener((obs, old, now) -> {
            if (now == null) {
                ticker.stop();
            } else {
                ticker.play();
            }
        });
        model.refresh();
    }

    /** Focuses the PIN field, e.g. when the lock screen opens this view. */
    public void focusPin() {
        pin.requestFocus();
    }

    /** Adds what was typed elsewhere (the lock screen's first digit) to the PIN, the caret after it. */
    public void typeIntoPin(String typed) {
        pin.requestFocus();
        pin.appendText(typed);
        pin.end();
    }

    public SignInViewModel model() {
        return model;
    }
}
