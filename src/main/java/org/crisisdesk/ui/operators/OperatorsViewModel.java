package org.crisisdesk.ui.operators;

import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.crisisdesk.common.Actor;
import org.crisisdesk.common.Actor.Role;
import org.crisisdesk.common.Messages;
import org.crisisdesk.operators.Operator;
import org.crisisdesk.operators.OperatorService;

/** Supervisors manage operators: add, disable/enable, role, PIN, lift a lockout. The service enforces the role. */
public final class OperatorsViewModel {
    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm");
    private final ObservableList<Operator> operators = FXCollections.observableArrayList();
    private final ObjectProperty<Operator> selected = new SimpleObjectProperty<>();
    private final StringProperty newName = new SimpleStringProperty("");
    private final ObjectProperty<Role> newRole = new SimpleObjectProperty<>(Role.STAFF);
    private final StringProperty newPin = new SimpleStringProperty("");
    private final StringProperty editPin = new SimpleStringProperty("");
    private final ObjectProperty<Role> editRole = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final OperatorService service;
    private final Clock clock;
    private final Supplier<Actor> actor;
    private final Async async;

    /** @param actor the signed-in operator at the time of each action */
    public OperatorsViewModel(OperatorService service, Messages messages, Clock clock, Supplier<Actor> actor,
            Executor background, Executor ui) {
        this.service = service;
        this.clock = clock;
        this.actor = actor;
        this.async = new Async(background, ui, messages);
        selected.addListener((obs, old, now) -> editRole.set(now == null ? null : now.role()));
    }

    public void refresh() {
        async.run(() -> service.allOperators(actor.get()), list -> {
            Long keep = selected.get() == null ? null : selected.get().id();
            operators.setAll(list);
            selected.set(list.stream().filter(o -> keep != null && o.id() == keep).findFirst().orElse(null));
        }, this::fail);
    }

    public void add() {
        String name = newName.get();
        Role role = newRole.get();
        char[] pin = newPin.get().toCharArray();
        newPin.set("");
        run(() -> {
            service.create(actor.get(), name, role, pin);
            newName.set("");
        });
    }

    public void toggleActive() {
        Operator o = selected.get();
        if (o != null) {
            run(() -> service.setActive(actor.get(), o.id(), !o.active()));
        }
    }

    public void setPin() {
        Operator o = selected.get();
        char[] pin = editPin.get().toCharArray();
        editPin.set("");
        if (o != null) {
            run(() -> service.setPin(actor.get(), o.id(), pin));
        }
    }

    public void changeRole() {
        Operator o = selected.get();
        Role role = editRole.get();
        if (o != null && role != null) {
            run(() -> service.changeRole(actor.get(), o.id(), role));
        }
    }

    public void liftLockout() {
        Operator o = selected.get();
        if (o != null) {
            run(() -> service.liftLockout(actor.get(), o.id()));
        }
    }

    /** The status column: active / disabled / locked until HH:mm / no PIN. */
    public String statusText(Operator o) {
        Messages m = async.messages();
        if (!o.active()) {
            return m.get("operators.status.disabled");
        }
        if (o.lockedAt(clock.instant())) {
            return m.get("operators.status.locked", HM.format(LocalTime.ofInstant(o.lockedUntil(), clock.getZone())));
        }
        return o.hasPin() ? m.get("operators.status.active") : m.get("operators.status.noPin");
    }

    public String roleText(Role r) {
        return r == null ? "" : async.messages().get("role." + r.name());
    }

    private void run(Runnable work) {
        async.run(() -> {
            work.run();
            return null;
        }, ok -> {
            status.set(async.messages().get("operators.saved"));
            refresh();
        }, this::fail);
    }

    private void fail(Throwable e) {
        status.set(async.text(e));
    }

    public ObservableList<Operator> operators() {
        return FXCollections.unmodifiableObservableList(operators);
    }

    public ObjectProperty<Operator> selectedProperty() {
        return selected;
    }

    public StringProperty newNameProperty() {
        return newName;
    }

    public ObjectProperty<Role> newRoleProperty() {
        return newRole;
    }

    public StringProperty newPinProperty() {
        return newPin;
    }

    public StringProperty editPinProperty() {
        return editPin;
    }

    public ObjectProperty<Role> editRoleProperty() {
        return editRole;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
