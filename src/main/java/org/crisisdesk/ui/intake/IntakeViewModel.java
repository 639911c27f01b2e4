package org.crisisdesk.ui.intake;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.crisisdesk.cases.CaseQueries;
import org.crisisdesk.cases.CaseService;
import org.crisisdesk.cases.CaseSummary;
import org.crisisdesk.cases.Escalation;
import org.crisisdesk.cases.FieldError;
import org.crisisdesk.cases.Honorific;
import org.crisisdesk.cases.Incident;
import org.crisisdesk.cases.MediaKind;
import org.crisisdesk.cases.Medium;
import org.crisisdesk.cases.NewIncident;
import org.crisisdesk.cases.NewMediaContact;
import org.crisisdesk.cases.Reach;
import org.crisisdesk.cases.Severity;
import org.crisisdesk.cases.UndercoverSigns;
import org.crisisdesk.cases.ValidationException;
import org.crisisdesk.common.Actor;
import org.crisisdesk.settings.EscalationRoute;
import org.crisisdesk.store.WriteGuard;
import org.crisisdesk.ui.common.Async;
import org.crisisdesk.ui.common.Labels;

/**
 * The new-incident form. Typing a phone that belongs to an open case offers that case; choosing it
 * turns the save into "add the media contact, signs and a note to the existing case". When the disk
 * refuses the save, the {@link WriteGuard} keeps it: the form stays filled and locked against a
 * second save of the same incident, and it closes into the new case once the save is written.
 */
public final class IntakeViewModel {
    private final CaseService cases;
    private final CaseQueries queries;
    private final Async async;
    private final Clock clock;
    private final Supplier<Actor> actor;
    private final Supplier<Escalation> escalation;
    private final WriteGuard writes;

    final StringProperty storeCode = new SimpleStringProperty();
    final StringProperty title = new SimpleStringProperty("");
    final StringProperty channel = new SimpleStringProperty();
    final StringProperty discoveredAt = new SimpleStringProperty("");
    final StringProperty customerName = new SimpleStringProperty("");
    final ObjectProperty<Honorific> honorific = new SimpleObjectProperty<>(Honorific.UNKNOWN);
    final StringProperty customerPhone = new SimpleStringProperty("");
    final StringProperty category = new SimpleStringProperty();
    final StringProperty riskType = new SimpleStringProperty();
    final ObjectProperty<Severity> severity = new SimpleObjectProperty<>(Severity.IV);
    final StringProperty responsible = new SimpleStringProperty("");
    final StringProperty description = new SimpleStringProperty("");

    final BooleanProperty media = new SimpleBooleanProperty(false);
    final StringProperty outlet = new SimpleStringProperty("");
    final ObjectProperty<MediaKind> mediaKind = new SimpleObjectProperty<>();
    final ObjectProperty<Medium> medium = new SimpleObjectProperty<>();
    final ObjectProperty<Reach> reach = new SimpleObjectProperty<>();
    final StringProperty journalistName = new SimpleStringProperty("");
    final StringProperty journalistPhone = new SimpleStringProperty("");
    final StringProperty journalistDeadline = new SimpleStringProperty("");
    final StringProperty expectedPublication = new SimpleStringProperty("");
    final StringProperty receivedAt = new SimpleStringProperty("");

    final BooleanProperty signIdentity = new SimpleBooleanProperty();
    final BooleanProperty signNoEmotion = new SimpleBooleanProperty();
    final BooleanProperty signOddMovement = new SimpleBooleanProperty();
    final BooleanProperty signProfessional = new SimpleBooleanProperty();
    final BooleanBinding showGuidance;

    final ObservableList<CaseSummary> duplicates = FXCollections.observableArrayList();
    final ObjectProperty<CaseSummary> addTo = new SimpleObjectProperty<>();
    final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final ReadOnlyStringWrapper route = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final Labels labels;
    private long phoneGeneration;

    public IntakeViewModel(CaseService cases, CaseQueries queries, Async async, Clock clock, Labels labels,
                           Supplier<Actor> actor, Supplier<Escalation> escalation, WriteGuard writes) {
        this.writes = writes;
        this.cases = cases;
        this.queries = queries;
        this.async = async;
        this.clock = clock;
        this.labels = labels;
        this.actor = actor;
        this.escalation = escalation;
        showGuidance = Bindings.createBooleanBinding(() -> signs().showsGuidance(),
                signIdentity, signNoEmotion, signOddMovement, signProfessional);
        customerPhone.addListener((o, a, b) -> lookUpPhone(b));
        mediaKind.addListener((o, a, b) -> updateRoute());
        reach.addListener((o, a, b) -> updateRoute());
        media.addListener((o, a, b) -> updateRoute());
        reset();
    }

    /** Clears the form for the next incident, with "now" in the time fields. */
    public void reset() {
        String now = labels.time(clock.instant());
        List.of(title, customerName, customerPhone, responsible, description, outlet, journalistName, journalistPhone,
                journalistDeadline, expectedPublication).forEach(p -> p.set(""));
        discoveredAt.set(now);
        receivedAt.set(now);
        honorific.set(Honorific.UNKNOWN);
        severity.set(Severity.IV);
        media.set(false);
        mediaKind.set(null);
        medium.set(null);
        reach.set(null);
        List.of(signIdentity, signNoEmotion, signOddMovement, signProfessional).forEach(p -> p.set(false));
        addTo.set(null);
        duplicates.clear();
        errors.clear();
        message.set("");
    }

    private void lookUpPhone(String phone) {
        long generation = ++phoneGeneration;
        async.run(() -> queries.openCasesByPhone(phone), found -> {
            if (generation == phoneGeneration) {
                duplicates.setAll(found);
                if (addTo.get() != null && !found.contains(addTo.get())) {
                    addTo.set(null);
                }
            }
        });
    }

    private void updateRoute() {
        if (!media.get() || mediaKind.get() == null || reach.get() == null) {
            route.set("");
            return;
        }
        MediaKind k = mediaKind.get();
        Reach r = reach.get();
        async.run(() -> escalation.get().routeFor(k, r), found -> route.set(found.map(this::describe).orElse("")));
    }

    private String describe(EscalationRoute r) {
        return labels.get("intake.route", String.join(" + ", r.departmentList()));
    }

    UndercoverSigns signs() {
        return new UndercoverSigns(signIdentity.get(), signNoEmotion.get(), signOddMovement.get(),
                signProfessional.get());
    }

    /** Saves: a new case, or additions to the chosen existing case. Calls back with the case id. */
    public void save(Consumer<Long> onSaved) {
        errors.clear();
        List<FieldError> parseErrors = new ArrayList<>();
        Instant discovered = time(discoveredAt.get(), "discoveredAt", true, parseErrors);
        Optional<NewMediaContact> contact = Optional.empty();
        if (media.get()) {
            Instant received = time(receivedAt.get(), "receivedAt", true, parseErrors);
            Instant deadline = time(journalistDeadline.get(), "journalistDeadline", false, parseErrors);
            Instant publication = time(expectedPublication.get(), "expectedPublication", false, parseErrors);
            contact = Optional.of(new NewMediaContact(outlet.get(), mediaKind.get(), medium.get(), reach.get(),
                    journalistName.get(), journalistPhone.get(), null, deadline, publication, received));
        }
        if (!parseErrors.isEmpty()) {
            show(parseErrors);
            return;
        }
        CaseSummary existing = addTo.get();
        NewIncident in = new NewIncident(storeCode.get(), title.get(), channel.get(), discovered, customerName.get(),
                honorific.get(), customerPhone.get(), category.get(), riskType.get(), description.get(), severity.get(),
                responsible.get(), signs());
        Actor who = actor.get();
        Optional<NewMediaContact> c = contact;
        busy.set(true);
        async.run(() -> {
            CompletableFuture<Long> saved = writes.save(() -> existing == null ? create(in, c, who)
                    : addToExisting(existing, c, who));
            if (!saved.isDone()) {
                saved.whenComplete((id, failure) -> async.fx().execute(() -> keptSaveDone(id, failure, onSaved)));
                return Optional.<Long>empty();
            }
            return Optional.of(saved.join());
        }, id -> id.ifPresentOrElse(stored -> {
            busy.set(false);
            onSaved.accept(stored);
        }, () -> message.set(labels.get("disk.keptHere"))), error -> {
            busy.set(false);
            message.set(error);
        }).exceptionally(e -> {
            if (e instanceof ValidationException v) {
                show(v.errors());
            }
            return null;
        });
    }

    /** The kept save was written after space returned (or refused for another reason); on the FX thread. */
    private void keptSaveDone(Long id, Throwable failure, Consumer<Long> onSaved) {
        busy.set(false);
        if (failure == null) {
            onSaved.accept(id);
        } else if (failure instanceof ValidationException v) {
            show(v.errors());
        } else {
            message.set(async.describe(failure));
        }
    }

    private long create(NewIncident in, Optional<NewMediaContact> contact, Actor who) {
        return cases.create(in, contact.map(List::of).orElse(List.of()), who).id();
    }

    private long addToExisting(CaseSummary existing, Optional<NewMediaContact> contact, Actor who) {
        contact.ifPresent(c -> cases.addMediaContact(existing.id(), c, who));
        Incident current = queries.incident(existing.id());
        UndercoverSigns merged = new UndercoverSigns(current.signs().identityUnclear() || signIdentity.get(),
                current.signs().noEmotion() || signNoEmotion.get(),
                current.signs().oddMovement() || signOddMovement.get(),
                current.signs().professional() || signProfessional.get());
        cases.setSigns(current.id(), current.version(), merged, who);
        String note = description.get();
        if (note != null && !note.isBlank()) {
            cases.addNote(existing.id(), note, who);
        }
        return existing.id();
    }

    private void show(List<FieldError> list) {
        for (FieldError e : list) {
            errors.putIfAbsent(e.field(), labels.get(e.key(), e.args()));
        }
        message.set(labels.get("intake.fixErrors"));
    }

    private Instant time(String text, String field, boolean required, List<FieldError> out) {
        if (text == null || text.isBlank()) {
            if (required) {
                out.add(new FieldError(field, "validation.required"));
            }
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip(), Labels.DATE_TIME).atZone(labels.zone()).toInstant();
        } catch (DateTimeParseException e) {
            out.add(new FieldError(field, "validation.time"));
            return null;
        }
    }

    public ReadOnlyStringProperty route() {
        return route.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }
}
