package org.crisisdesk.ui.checklist;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.crisisdesk.checklist.CaseStatusPort;
import org.crisisdesk.checklist.Checklist;
import org.crisisdesk.checklist.ChecklistService;
import org.crisisdesk.checklist.EscalationInfo;
import org.crisisdesk.checklist.OutletReply;
import org.crisisdesk.checklist.RouteInfo;
import org.crisisdesk.checklist.Step;
import org.crisisdesk.common.Actor;
import org.crisisdesk.common.Messages;
import org.crisisdesk.store.DiskFailures;
import org.crisisdesk.store.WriteGuard;

/**
 * The step-by-step view of one case's checklist: the steps, the current step (open, earliest
 * deadline), the step being looked at (the current one after each load), step 2's route and
 * step 7's replies per outlet. Commands run on the injected executor; holds no nodes. A step
 * change the disk refuses is kept by the {@link WriteGuard}; the form stays as typed (and busy, so
 * it is not sent twice) until the change is written.
 */
public final class StepViewModel {
    static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ChecklistService service;
    private final EscalationInfo escalation;
    private final CaseStatusPort statusPort;
    private final Executor executor;
    private final Clock clock;
    private final Supplier<Actor> actor;
    private final Messages messages;
    private final WriteGuard writes;

    private final ObservableList<Step> steps = FXCollections.observableArrayList();
    /** One read-only wrapper, kept: a wrapper made per call would drop its listeners when collected. */
    private final ObservableList<Step> stepsView = FXCollections.unmodifiableObservableList(steps);
    private final ObservableList<OutletReply> outletReplies = FXCollections.observableArrayList();
    /** One read-only wrapper, kept: a wrapper made per call would drop its listeners when collected. */
    private final ObservableList<OutletReply> outletRepliesView = FXCollections.unmodifiableObservableList(outletReplies);
    private final ReadOnlyObjectWrapper<Checklist> checklist = new ReadOnlyObjectWrapper<>(this, "checklist");
    private final ReadOnlyObjectWrapper<Step> currentStep = new ReadOnlyObjectWrapper<>(this, "currentStep");
    private final ObjectProperty<Step> selectedStep = new SimpleObjectProperty<>(this, "selectedStep");
    private final ReadOnlyObjectWrapper<RouteInfo> route = new ReadOnlyObjectWrapper<>(this, "route");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final BooleanProperty readOnly = new SimpleBooleanProperty(this, "readOnly");
    private long incidentId = -1;
    private Runnable onChanged = () -> {
    };

    public StepViewModel(ChecklistService service, EscalationInfo escalation, CaseStatusPort statusPort,
            Executor executor, Clock clock, Supplier<Actor> actor, Messages messages) {
        this(service, escalation, statusPort, executor, clock, actor, messages, WriteGuard.passThrough());
    }

    public StepViewModel(ChecklistService service, EscalationInfo escalation, CaseStatusPort statusPort,
            Executor executor, Clock clock, Supplier<Actor> actor, Messages messages, WriteGuard writes) {
        this.writes = writes;
        this.service = service;
        this.escalation = escalation;
        this.statusPort = statusPort;
        this.executor = executor;
        this.clock = clock;
        this.actor = actor;
        this.messages = messages;
    }

    /** Called after every change that succeeded (e.g. to refresh the board and its due-soon strip). */
    public void setOnChanged(Runnable onChanged) {
        this.onChanged = onChanged;
    }

    public void load(long incidentId) {
        this.incidentId = incidentId;
        reload();
    }

    public void reload() {
        long id = incidentId;
        busy.set(true);
        FxTasks.run(executor, () -> new Loaded(service.checklist(id), escalation.routeFor(id)), loaded -> {
            busy.set(false);
            Long selectedId = selectedStep.get() == null ? null : selectedStep.get().id();
            Checklist c = loaded.checklist().orElse(null);
            checklist.set(c);
            steps.setAll(c == null ? java.util.List.of() : c.steps());
            outletReplies.setAll(c == null ? java.util.List.of() : c.outletReplies());
            currentStep.set(c == null ? null : c.currentStep().orElse(null));
            route.set(loaded.route().orElse(null));
            // after a change, follow the checklist to its current step
            selectedStep.set(currentStep.get() != null ? currentStep.get()
                    : steps.stream().filter(s -> selectedId != null && s.id() == selectedId).findFirst().orElse(null));
        }, this::fail);
    }

    private record Loaded(Optional<Checklist> checklist, Optional<RouteInfo> route) {
    }

    /** Completes the selected step with what was recorded; offers the case status the step settles. */
    public void complete(Map<String, String> values) {
        Step s = selectedStep.get();
        if (s == null) {
            return;
        }
        long id = incidentId;
        write(who -> service.complete(s.id(), s.version(), values, who),
                offer -> offer.ifPresent(status -> statusPort.offerMove(id, status)));
    }

    public void skip(String reason) {
        Step s = selectedStep.get();
        if (s != null) {
            write(who -> {
                service.skip(s.id(), s.version(), reason, who);
                return Optional.empty();
            }, none -> {
            });
        }
    }

    public void reopen() {
        Step s = selectedStep.get();
        if (s != null) {
            write(who -> {
                service.reopen(s.id(), s.version(), who);
                return Optional.empty();
            }, none -> {
            });
        }
    }

    /** Enters the time agreed with the customer on the selected step ("HH:mm" today or "yyyy-MM-dd HH:mm"). */
    public void setAgreedTime(String text) {
        Step s = selectedStep.get();
        Optional<Instant> at = parse(text);
        if (s != null && at.isPresent()) {
            write(who -> {
                service.setAgreedTime(s.id(), s.version(), at.get(), who);
                return Optional.empty();
            }, none -> {
            });
        }
    }

    /** Enters the journalist's deadline for every media contact of the case. */
    public void setJournalistDeadline(String text) {
        Optional<Instant> at = parse(text);
        long id = incidentId;
        if (at.isPresent()) {
            write(who -> {
                service.setJournalistDeadline(id, null, at.get(), who);
                return Optional.empty();
            }, none -> {
            });
        }
    }

    Optional<Instant> parse(String text) {
        String t = text == null ? "" : text.strip();
        try {
            LocalDateTime local = t.length() <= 5
                    ? LocalDateTime.of(LocalDate.now(clock), LocalTime.parse(t.length() == 4 ? "0" + t : t))
                    : LocalDateTime.parse(t, INPUT);
            return Optional.of(local.atZone(clock.getZone()).toInstant());
        } catch (DateTimeParseException e) {
            error.set(messages.get("checklist.badTime", t));
            return Optional.empty();
        }
    }

    /** The input format shown as a prompt: now, formatted. */
    public String timePrompt() {
        return LocalDateTime.now(clock).format(INPUT);
    }

    /**
     * The operator is taken when the change is made, not when it runs: a change kept while the disk
     * is full may run after the desk locked or another operator signed in.
     */
    private void write(java.util.function.Function<Actor, Optional<String>> work,
                       java.util.function.Consumer<Optional<String>> after) {
        Actor who = actor.get();
        Thread caller = Thread.currentThread();
        busy.set(true);
        error.set(null);
        java.util.function.Consumer<Optional<String>> done = result -> {
            busy.set(false);
            after.accept(result);
            onChanged.run();
            reload();
        };
        FxTasks.run(executor, () -> writes.save(() -> work.apply(who)), saved -> {
            if (saved.isDone()) {
                done.accept(saved.join());
                return;
            }
            error.set(messages.get("disk.keptHere")); // busy stays set: the form keeps what was typed
            saved.whenComplete((result, e) -> FxTasks.back(caller, () -> {
                if (e == null) {
                    error.set(null);
                    done.accept(result);
                } else {
                    fail(e);
                    reload();
                }
            }));
        }, e -> {
            fail(e);
            if (!DiskFailures.isDiskFailure(e)) {
                reload(); // a disk failure changed nothing stored: reloading would only clear the form
            }
        });
    }

    private void fail(Throwable e) {
        busy.set(false);
        error.set(FxTasks.message(messages, e));
    }

    public long incidentId() {
        return incidentId;
    }

    public ObservableList<Step> steps() {
        return stepsView;
    }

    public ObservableList<OutletReply> outletReplies() {
        return outletRepliesView;
    }

    public ReadOnlyObjectProperty<Checklist> checklistProperty() {
        return checklist.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Step> currentStepProperty() {
        return currentStep.getReadOnlyProperty();
    }

    public ObjectProperty<Step> selectedStepProperty() {
        return selectedStep;
    }

    public ReadOnlyObjectProperty<RouteInfo> routeProperty() {
        return route.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True while the desk is locked or the operator may only view. */
    public BooleanProperty readOnlyProperty() {
        return readOnly;
    }
}
