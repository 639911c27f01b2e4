package org.crisisdesk.ui.casefile;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.crisisdesk.cases.Attachment;
import org.crisisdesk.cases.CaseQueries;
import org.crisisdesk.cases.CaseService;
import org.crisisdesk.cases.CaseStatus;
import org.crisisdesk.cases.Escalation;
import org.crisisdesk.cases.Incident;
import org.crisisdesk.cases.IncidentField;
import org.crisisdesk.cases.MediaContact;
import org.crisisdesk.cases.NewMediaContact;
import org.crisisdesk.cases.TimelineEntry;
import org.crisisdesk.cases.UndercoverSigns;
import org.crisisdesk.cases.wording.CaseLabels;
import org.crisisdesk.common.Actor;
import org.crisisdesk.settings.DirectoryContact;
import org.crisisdesk.settings.EscalationRoute;
import org.crisisdesk.settings.SettingsRepository;
import org.crisisdesk.store.WriteGuard;
import org.crisisdesk.ui.common.Async;

/**
 * One open case. Every edit is saved at once, in order, on the background executor; the version of
 * the latest save is tracked there, so fast typing never trips the stale-copy check against itself.
 * When the disk refuses an edit, the {@link WriteGuard} keeps it (and the edits after it) and writes
 * them later in the same order; each edit reads the latest version only when it actually runs, and
 * a refused edit never committed, so the versions chain through the kept edits. Meanwhile the view
 * keeps what was typed: nothing is reloaded over it.
 */
public final class CaseViewModel {
    private final long caseId;
    private final CaseService cases;
    private final CaseQueries queries;
    private final SettingsRepository settings;
    private final Async async;
    private final Supplier<Actor> actor;
    private final WriteGuard writes;
    /** One editing session per open case view: rapid edits of a field merge on the timeline. */
    private final String editSession = UUID.randomUUID().toString();
    private final AtomicReference<Incident> latest = new AtomicReference<>();
    /** Codes to words for the timeline (stores, lists); loaded with the case, off the FX thread. */
    private CaseLabels wording;

    private final ReadOnlyObjectWrapper<Incident> incident = new ReadOnlyObjectWrapper<>();
    private final ObservableList<MediaContact> media = FXCollections.observableArrayList();
    private final ObservableList<TimelineEntry> timeline = FXCollections.observableArrayList();
    private final ObservableList<Attachment> attachments = FXCollections.observableArrayList();
    private final ObjectProperty<Optional<EscalationRoute>> route = new SimpleObjectProperty<>(Optional.empty());
    private final ObservableList<DirectoryContact> routeContacts = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    /** Personal data shows masked and read-only until revealed; each reveal is audited. */
    private final javafx.beans.property.ReadOnlyBooleanWrapper revealed = new javafx.beans.property.ReadOnlyBooleanWrapper();
    private java.util.function.LongConsumer revealer = id -> {
        throw new IllegalStateException("no reveal service");
    };

    public CaseViewModel(long caseId, CaseService cases, CaseQueries queries, SettingsRepository settings, Async async,
                         Supplier<Actor> actor, WriteGuard writes) {
        this.writes = writes;
        this.caseId = caseId;
        this.cases = cases;
        this.queries = queries;
        this.settings = settings;
        this.async = async;
        this.actor = actor;
    }

    private record Snapshot(Incident incident, List<MediaContact> media, List<TimelineEntry> timeline,
                            List<Attachment> attachments, Optional<EscalationRoute> route,
                            List<DirectoryContact> contacts, CaseLabels wording) {
    }

    public void load() {
        async.run(this::snapshot, this::apply, message::set);
    }

    private Snapshot snapshot() {
        Incident i = queries.incident(caseId);
        latest.set(i);
        List<MediaContact> m = queries.mediaContacts(caseId);
        Optional<EscalationRoute> r = new Escalation(settings.routes(), settings.rules()).routeFor(m);
        List<DirectoryContact> people = r.map(route -> settings.contacts().stream()
                .filter(c -> route.departmentList().contains(c.department())).toList()).orElse(List.of());
        return new Snapshot(i, m, queries.timeline(caseId), queries.attachments(caseId), r, people,
                new CaseLabels(async.messages(), settings, java.time.ZoneId.systemDefault()));
    }

    private void apply(Snapshot s) {
        wording = s.wording();
        incident.set(s.incident());
        media.setAll(s.media());
        timeline.setAll(s.timeline());
        attachments.setAll(s.attachments());
        route.set(s.route());
        routeContacts.setAll(s.contacts());
    }

    /** Saves one field now; the timeline and the view refresh from what was stored. */
    public void edit(IncidentField field, Object value) {
        Actor who = actor.get();
        write(() -> {
            Incident base = latest.get();
            Incident saved = cases.updateField(caseId, base.version(), field, value, who, editSession);
            latest.set(saved);
            return saved;
        });
    }

    public void setSigns(UndercoverSigns signs) {
        Actor who = actor.get();
        write(() -> {
            Incident saved = cases.setSigns(caseId, latest.get().version(), signs, who);
            latest.set(saved);
            return saved;
        });
    }

    public void moveTo(CaseStatus status) {
        Actor who = actor.get();
        write(() -> {
            Incident saved = cases.moveTo(caseId, latest.get().version(), status, who);
            latest.set(saved);
            return saved;
        });
    }

    public void addNote(String text) {
        Actor who = actor.get();
        write(() -> cases.addNote(caseId, text, who));
    }

    public void addMediaContact(NewMediaContact contact) {
        Actor who = actor.get();
        write(() -> cases.addMediaContact(caseId, contact, who));
    }

    public void attach(Path file, boolean personal) {
        Actor who = actor.get();
        write(() -> cases.attach(caseId, file, personal, who));
    }

    public void setPersonal(Attachment a, boolean personal) {
        Actor who = actor.get();
        write(() -> {
            cases.setAttachmentPersonal(a.id(), personal, who);
            return a;
        });
    }

    public Path fileOf(Attachment a) {
        return cases.attachmentFile(a);
    }

    /**
     * Each change names its operator when it is made, not when it runs: a kept change may run after
     * the desk locked or another operator signed in.
     */
    private void write(Supplier<Object> change) {
        async.run(() -> {
            CompletableFuture<Object> saved = writes.save(change);
            if (!saved.isDone()) {
                saved.whenComplete((value, failure) -> keptSaveDone(failure));
                return Optional.<Snapshot>empty(); // kept in memory: the view keeps what was typed
            }
            return Optional.of(snapshot());
        }, s -> s.ifPresentOrElse(stored -> {
            message.set("");
            apply(stored);
        }, () -> message.set(async.messages().get("disk.keptHere"))), error -> {
            message.set(error);
            load();
        });
    }

    /** A kept edit was written (or refused for another reason) after space returned; runs on the storage thread. */
    private void keptSaveDone(Throwable failure) {
        String text = failure == null ? "" : async.describe(failure);
        if (failure == null && writes.status().count() > 0) {
            return; // more edits still kept: reloading now would show older values over what was typed
        }
        async.run(this::snapshot, s -> {
            message.set(text);
            apply(s);
        }, message::set);
    }

    /** The audited reveal, run in the background; e.g. {@code id -> reveal.reveal(actor.get(), id)}. */
    public void setRevealer(java.util.function.LongConsumer revealer) {
        this.revealer = revealer;
    }

    public void reveal() {
        async.run(() -> {
            revealer.accept(caseId);
            return Boolean.TRUE;
        }, ok -> revealed.set(true), message::set);
    }

    public javafx.beans.property.ReadOnlyBooleanProperty revealed() {
        return revealed.getReadOnlyProperty();
    }

    public CaseLabels wording() {
        return wording;
    }

    public long caseId() {
        return caseId;
    }

    public ReadOnlyObjectProperty<Incident> incident() {
        return incident.getReadOnlyProperty();
    }

    public ObservableList<MediaContact> media() {
        return media;
    }

    public ObservableList<TimelineEntry> timeline() {
        return timeline;
    }

    public ObservableList<Attachment> attachments() {
        return attachments;
    }

    public ObjectProperty<Optional<EscalationRoute>> route() {
        return route;
    }

    public ObservableList<DirectoryContact> routeContacts() {
        return routeContacts;
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }
}
