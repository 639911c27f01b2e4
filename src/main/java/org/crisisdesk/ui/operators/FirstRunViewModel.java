package org.crisisdesk.ui.operators;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.crisisdesk.common.Actor;
import org.crisisdesk.common.Messages;
import org.crisisdesk.operators.OperatorService;

/** First start: name and PIN (twice) of the first supervisor. */
public final class FirstRunViewModel {
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty pin = new SimpleStringProperty("");
    private final StringProperty pinRepeat = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final OperatorService operators;
    private final Async async;
    private final Consumer<Actor> onSignedIn;

    public FirstRunViewModel(OperatorService operators, Messages messages, Executor background, Executor ui,
            Consumer<Actor> onSignedIn) {
        this.operators = operators;
        this.async = new Async(background, ui, messages);
        this.onSignedIn = onSignedIn;
    }

    public void create() {
        if (busy.get()) {
            return;
        }
        if (!pin.get().equals(pinRepeat.get())) {
            error.set(async.messages().get("operators.pinMismatch"));
            return;
        }
        String n = name.get();
        char[] p = pin.get().toCharArray();
        busy.set(true);
        error.set("");
        async.run(() -> operators.createFirstSupervisor(n, p), actor -> {
            busy.set(false);
            pin.set("");
            pinRepeat.set("");
            onSignedIn.accept(actor);
        }, e -> {
            busy.set(false);
            error.set(async.text(e));
        });
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty pinProperty() {
        return pin;
    }

    public StringProperty pinRepeatProperty() {
        return pinRepeat;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
