package org.crisisdesk.ui.operators;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.crisisdesk.common.Actor;
import org.crisisdesk.common.Messages;
import org.crisisdesk.operators.LockedOutException;
import org.crisisdesk.operators.Operator;
import org.crisisdesk.operators.OperatorService;
import org.crisisdesk.store.WriteGuard;

/** Pick a name, type the PIN; the PIN is checked on the background executor (PBKDF2 is slow). */
public final class SignInViewModel {
    private final ObservableList<Operator> operators = FXCollections.observableArrayList();
    private final ObjectProperty<Operator> selected = new SimpleObjectProperty<>();
    private final StringProperty pin = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper lockout = new ReadOnlyStringWrapper("");
    private final OperatorService service;
    private final WriteGuard writes;
    private final Clock clock;
    private final Async async;
    private final Consumer<Actor> onSignedIn;
    private String preferred;

    public SignInViewModel(OperatorService service, Messages messages, Clock clock, Executor background, Executor ui,
            Consumer<Actor> onSignedIn) {
        this(service, messages, clock, background, ui, WriteGuard.passThrough(), onSignedIn);
    }

    /**
     * @param writes when the disk refuses the sign-in's own write (attempts reset, audit entry), the
     *               PIN is checked without writing and the sign-in is kept here until space returns:
     *               a full disk must not lock everyone out of the desk
     */
    public SignInViewModel(OperatorService service, Messages messages, Clock clock, Executor background, Executor ui,
            WriteGuard writes, Consumer<Actor> onSignedIn) {
        this.writes = writes;
        this.service = service;
        this.clock = clock;
        this.async = new Async(background, ui, messages);
        this.onSignedIn = onSignedIn;
        selected.addListener((obs, old, now) -> {
            if (old == null || now == null || old.id() != now.id()) {
                error.set(""); // another person: the last one's error is not theirs
            }
            tick();
        });
    }

    /** Reloads the active operators, keeping (or making) the selection by name. */
    public void refresh() {
        async.run(service::activeOperators, this::show, e -> error.set(async.text(e)));
    }

    /** Selects this operator after the next refresh, e.g. whoever was signed in before the lock. */
    public void prefer(String displayName) {
        preferred = displayName;
        operators.stream().filter(o -> o.displayName().equals(displayName)).findFirst().ifPresent(selected::set);
    }

    private void show(List<Operator> list) {
        String keep = selected.get() != null ? selected.get().displayName() : preferred;
        operators.setAll(list);
        // a name is always chosen, so typing the PIN straight away works; arrows pick another
        selected.set(list.stream().filter(o -> o.displayName().equals(keep)).findFirst()
                .orElse(list.isEmpty() ? null : list.get(0)));
        tick();
    }

    public void signIn() {
        org.crisisdesk.common.StartupProbe.mark("pin-entered");
        Operator op = selected.get();
        if (busy.get()) {
            return;
        }
        if (op == null) {
            error.set(async.messages().get("signIn.noOperator"));
            return;
        }
        char[] p = pin.get().toCharArray();
        pin.set("");
        busy.set(true);
        error.set(async.messages().get("signIn.checking"));
        async.run(() -> signIn(op, p), actor -> {
            busy.set(false);
            error.set("");
            preferred = actor.name();
            onSignedIn.accept(actor);
        }, e -> {
            busy.set(false);
            error.set(async.text(e));
            if (e instanceof LockedOutException) {
                refresh(); // picks up locked_until for the countdown
            }
        });
    }

    private Actor signIn(Operator op, char[] pin) {
        char[] again = pin.clone(); // the check may wipe what it was given
        try {
            return service.signIn(op.id(), pin);
        } catch (RuntimeException e) {
            if (!writes.failed(e)) {
                throw e;
            }
            Actor actor = service.signInWithoutWriting(op, again);
            writes.save(() -> {
                service.recordSignIn(op.id());
                return actor;
            });
            return actor;
        } finally {
            java.util.Arrays.fill(again, '\0');
        }
    }

    /** Updates the lockout countdown; the view calls it every second. */
    public void tick() {
        Operator op = selected.get();
        Instant now = clock.instant();
        if (op == null || !op.lockedAt(now)) {
            lockout.set("");
            return;
        }
        long s = (Duration.between(now, op.lockedUntil()).toMillis() + 999) / 1000; // round up: never show 0:00 while locked
        lockout.set(async.messages().get("signIn.lockedRemaining", String.format("%d:%02d", s / 60, s % 60)));
    }

    /** The list's text for an operator: name · role, and why they cannot sign in if so. */
    public String label(Operator o) {
        Messages m = async.messages();
        String role = m.get("role." + o.role().name());
        String extra = !o.hasPin() ? " " + m.get("signIn.needsPin") : "";
        return o.displayName() + " · " + role + extra;
    }

    public ObservableList<Operator> operators() {
        return FXCollections.unmodifiableObservableList(operators);
    }

    public ObjectProperty<Operator> selectedProperty() {
        return selected;
    }

    public StringProperty pinProperty() {
        return pin;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lockoutProperty() {
        return lockout.getReadOnlyProperty();
    }
}
