package org.crisisdesk.ui.drafting;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.crisisdesk.checker.PhraseChecker;
import org.crisisdesk.common.Actor;
import org.crisisdesk.common.Messages;
import org.crisisdesk.common.UserException;
import org.crisisdesk.drafting.AutosaveScheduler;
import org.crisisdesk.drafting.Draft;
import org.crisisdesk.drafting.DraftKind;
import org.crisisdesk.drafting.DraftService;
import org.crisisdesk.drafting.DraftVersion;
import org.crisisdesk.drafting.PlaceholderFiller;
import org.crisisdesk.drafting.PlaceholderSource;
import org.crisisdesk.drafting.PlaceholderValues;
import org.crisisdesk.drafting.ScriptSnippet;
import org.crisisdesk.drafting.ScriptSource;
import org.crisisdesk.drafting.TextDiff;
import org.crisisdesk.store.WriteGuard;

/**
 * The drafting workspace of one case: the draft list, the open drafts (tabs), autosave, scripts,
 * versions and finalising. Storage work runs on {@code io}; results come back through {@code fx}
 * ({@code Platform::runLater} in the app, {@code Runnable::run} in tests). Holds no nodes. Autosaves
 * the disk refuses are kept by the {@link WriteGuard} and written later in order; the editor keeps
 * the text meanwhile, and finalising or restoring waits until the kept text is written.
 */
public final class DraftingViewModel {
    /** An outlet a holding or formal reply can be addressed to (the case's media contacts). */
    public record Outlet(long mediaContactId, String label) {
        @Override
        public String toString() {
            return label; // shown as is in the outlet chooser
        }
    }

    private java.util.function.Consumer<ScriptSnippet> scriptUsed = snippet -> { };
    private final long incidentId;
    private final DraftService service;
    private final PlaceholderSource placeholders;
    private final ScriptSource scripts;
    private final PhraseChecker checker;
    private final Executor io;
    private final Executor fx;
    private final Supplier<Actor> actor;
    private final Messages messages;
    private final AutosaveScheduler autosave;
    private final WriteGuard writes;

    private final ObservableList<Draft> drafts = FXCollections.observableArrayList();
    private final ObservableList<DraftSession> open = FXCollections.observableArrayList();
    private final ObjectProperty<DraftSession> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<Outlet> outlets = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper statusIsError = new ReadOnlyBooleanWrapper(this, "statusIsError");

    /**
     * @param autosaveTimer runs the coalesced autosaves (one save per draft per {@code autosaveWindow})
     */
    public DraftingViewModel(long incidentId, DraftService service, PlaceholderSource placeholders,
                             ScriptSource scripts, PhraseChecker checker, Executor io, Executor fx,
                             ScheduledExecutorService autosaveTimer, Duration autosaveWindow,
                             Supplier<Actor> actor, Messages messages) {
        this(incidentId, service, placeholders, scripts, checker, io, fx, autosaveTimer, autosaveWindow, actor,
                messages, WriteGuard.passThrough());
    }

    public DraftingViewModel(long incidentId, DraftService service, PlaceholderSource placeholders,
                             ScriptSource scripts, PhraseChecker checker, Executor io, Executor fx,
                             ScheduledExecutorService autosaveTimer, Duration autosaveWindow,
                             Supplier<Actor> actor, Messages messages, WriteGuard writes) {
        this.writes = Objects.requireNonNull(writes);
        this.incidentId = incidentId;
        this.service = Objects.requireNonNull(service);
        this.placeholders = Objects.requireNonNull(placeholders);
        this.scripts = Objects.requireNonNull(scripts);
        this.checker = Objects.requireNonNull(checker);
        this.io = Objects.requireNonNull(io);
        this.fx = Objects.requireNonNull(fx);
        this.actor = Objects.requireNonNull(actor);
        this.messages = Objects.requireNonNull(messages);
        this.autosave = new AutosaveScheduler(autosaveTimer, autosaveWindow, (id, text, who) -> {
            var stored = writes.save(() -> service.saveText(id, text, who));
            if (stored.isDone()) {
                Draft d = stored.join();
                fx.execute(() -> saved(d));
                return;
            }
            fx.execute(() -> kept(messages.get("disk.keptHere")));
            stored.whenComplete((d, e) -> fx.execute(() -> {
                if (e == null) {
                    saved(d);
                    info("");
                } else {
                    fail(e);
                }
            }));
        }, e -> fx.execute(() -> fail(e)));
    }

    public long incidentId() {
        return incidentId;
    }

    public ObservableList<Draft> getDrafts() {
        return drafts;
    }

    public ObservableList<DraftSession> getOpen() {
        return open;
    }

    public ObjectProperty<DraftSession> selectedProperty() {
        return selected;
    }

    /** The case's outlets; the lead fills this from the media contacts. */
    public ObservableList<Outlet> getOutlets() {
        return outlets;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty statusIsErrorProperty() {
        return statusIsError.getReadOnlyProperty();
    }

    public PhraseChecker checker() {
        return checker;
    }

    public Messages messages() {
        return messages;
    }

    /** Reloads the draft list. */
    public void refresh() {
        run(() -> service.list(incidentId), drafts::setAll);
    }

    /** Creates an empty draft and opens it. */
    public void newDraft(DraftKind kind, String title, Long mediaContactId) {
        String t = title == null || title.isBlank() ? messages.get(kind.labelKey()) : title;
        run(() -> service.create(incidentId, kind, t, mediaContactId, "", actor.get()), d -> {
            drafts.add(0, d);
            openLoaded(d, null);
        });
    }

    /** Opens a draft in a tab (or selects its tab when already open). */
    public void open(long draftId) {
        Optional<DraftSession> already = find(draftId);
        if (already.isPresent()) {
            selected.set(already.get());
            return;
        }
        run(() -> {
            Draft d = service.get(draftId);
            return new Opened(d, placeholders.valuesFor(d.incidentId(), d.mediaContactId()));
        }, r -> openLoaded(r.draft(), r.values()));
    }

    private record Opened(Draft draft, PlaceholderValues values) {
    }

    private void openLoaded(Draft d, PlaceholderValues values) {
        DraftSession s = find(d.id()).orElseGet(() -> {
            DraftSession created = new DraftSession(d);
            open.add(created);
            return created;
        });
        if (values != null) {
            s.setValues(values);
        } else {
            io.execute(() -> s.setValues(placeholders.valuesFor(d.incidentId(), d.mediaContactId())));
        }
        selected.set(s);
    }

    /** Closes a tab; its pending text is saved first (off the FX thread). */
    public void close(DraftSession s) {
        open.remove(s);
        if (selected.get() == s) {
            selected.set(open.isEmpty() ? null : open.get(open.size() - 1));
        }
        io.execute(() -> autosave.flush(s.id()));
    }

    /** Closing the workspace: saves everything pending, on the calling thread. */
    public void flushAll() {
        autosave.flushAll();
    }

    /** The editor reports committed text; unchanged or final text is not saved. */
    public void textChanged(DraftSession s, String text) {
        if (s.textChanged(text) && !s.getDraft().isFinal()) {
            autosave.submit(s.id(), text, actor.get());
        }
    }

    public List<ScriptSnippet> scripts() {
        return scripts.approvedScripts();
    }

    /** A script with the case's placeholders filled; unfillable ones stay as {名}. */
    public String fillScript(DraftSession s, ScriptSnippet script) {
        io.execute(() -> scriptUsed.accept(script));
        return PlaceholderFiller.fill(script.body(), s.values()).text();
    }

    /** Told (off the FX thread) each time a script is inserted, e.g. to count its use in the library. */
    public void setOnScriptUsed(java.util.function.Consumer<ScriptSnippet> scriptUsed) {
        this.scriptUsed = scriptUsed;
    }

    public void markFinal(DraftSession s) {
        finalise(s, null);
    }

    public void markFinalWithOverride(DraftSession s, String reason) {
        finalise(s, reason == null ? "" : reason);
    }

    private void finalise(DraftSession s, String overrideReason) {
        Actor who = actor.get();
        run(() -> {
            flushBeforeFinalStep(s);
            return overrideReason == null ? service.markFinal(s.id(), who, checker)
                    : service.markFinalWithOverride(s.id(), who, checker, overrideReason);
        }, d -> {
            s.stored(d);
            replaceRow(d);
            info(messages.get("drafting.finalDone"));
        });
    }

    public void loadVersions(DraftSession s, Consumer<List<DraftVersion>> into) {
        run(() -> {
            autosave.flush(s.id());
            return service.versions(s.id());
        }, into);
    }

    public void restore(DraftSession s, DraftVersion v) {
        run(() -> {
            flushBeforeFinalStep(s);
            return service.restore(s.id(), v.id(), actor.get());
        }, d -> {
            s.reload(d.text());
            s.stored(d);
            replaceRow(d);
            info(messages.get("drafting.restored", v.versionNo()));
        });
    }

    /**
     * Finalising or restoring acts on the stored text, so the typed text must be stored first; while
     * the disk keeps refusing it (the guard holds it) this refuses with {@code disk.keptFirst}.
     */
    private void flushBeforeFinalStep(DraftSession s) {
        writes.requireNothingKept();
        autosave.flush(s.id());
        writes.requireNothingKept();
    }

    public List<TextDiff.Segment> compare(String older, String newer) {
        return TextDiff.diff(older, newer);
    }

    /** The text to copy: what the recipient gets. */
    public String copyText(DraftSession s) {
        info(messages.get("drafting.copied"));
        return s.getDraft().isFinal() ? s.getDraft().text() : s.getText();
    }

    private void saved(Draft d) {
        find(d.id()).ifPresent(s -> s.stored(d));
        replaceRow(d);
    }

    private void replaceRow(Draft d) {
        for (int i = 0; i < drafts.size(); i++) {
            if (drafts.get(i).id() == d.id()) {
                drafts.set(i, d);
                return;
            }
        }
        drafts.add(0, d);
    }

    private Optional<DraftSession> find(long id) {
        return open.stream().filter(s -> s.id() == id).findFirst();
    }

    private void info(String text) {
        statusIsError.set(false);
        status.set(text);
    }

    private void kept(String text) {
        statusIsError.set(true);
        status.set(text);
    }

    private void fail(Throwable e) {
        statusIsError.set(true);
        if (writes.failed(e)) {
            status.set(messages.get("disk.notSaved")); // plain words; the window's banner says the rest
            return;
        }
        status.set(e instanceof UserException u ? u.localized(messages)
                : messages.get("error.unexpected", String.valueOf(e.getMessage())));
    }

    private <T> void run(Supplier<T> work, Consumer<T> then) {
        io.execute(() -> {
            try {
                T result = work.get();
                fx.execute(() -> then.accept(result));
            } catch (RuntimeException e) {
                fx.execute(() -> fail(e));
            }
        });
    }
}
