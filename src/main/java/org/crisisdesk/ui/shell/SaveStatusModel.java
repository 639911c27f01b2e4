package org.crisisdesk.ui.shell;

import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.crisisdesk.common.Messages;
import org.crisisdesk.store.WriteGuard;

/**
 * What the window says about saving while the disk is full: a warning that stays as long as saves
 * are kept in memory, then a short confirmation once they are written. Holds no nodes; the guard
 * reports on background threads, so every change is handed to {@code fx} first.
 */
public final class SaveStatusModel {
    private final Messages messages;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper(this, "showing");
    private final ReadOnlyBooleanWrapper savedAgain = new ReadOnlyBooleanWrapper(this, "savedAgain");
    private final ReadOnlyIntegerWrapper kept = new ReadOnlyIntegerWrapper(this, "kept");

    public SaveStatusModel(WriteGuard writes, Messages messages, Executor fx) {
        this.messages = messages;
        writes.addListener(status -> fx.execute(() -> show(status)));
        show(writes.status());
    }

    private void show(WriteGuard.Status status) {
        int n = status.count();
        switch (status.state()) {
            case OK -> {
                kept.set(0);
                showing.set(false);
            }
            case WAITING_FOR_SPACE -> {
                kept.set(n);
                savedAgain.set(false);
                text.set(n > 0 ? messages.get("disk.waiting", n) : messages.get("disk.waitingNothingKept"));
                showing.set(true);
            }
            case SAVED_AGAIN -> {
                kept.set(0);
                savedAgain.set(true);
                text.set(n > 0 ? messages.get("disk.savedAgain", n) : messages.get("disk.spaceBack"));
                showing.set(true);
            }
        }
    }

    /** The confirmation has been read (or shown long enough). The warning cannot be dismissed. */
    public void dismiss() {
        if (savedAgain.get()) {
            showing.set(false);
        }
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }

    /** True for the confirmation, false for the warning. */
    public ReadOnlyBooleanProperty savedAgainProperty() {
        return savedAgain.getReadOnlyProperty();
    }

    /** Saves kept in memory right now; closing the window asks first while this is above zero. */
    public ReadOnlyIntegerProperty keptProperty() {
        return kept.getReadOnlyProperty();
    }
}
