package org.crisisdesk.ui.scripts;

import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.crisisdesk.common.Actor;
import org.crisisdesk.common.Messages;
import org.crisisdesk.drafting.Placeholder;
import org.crisisdesk.drafting.PlaceholderFiller;
import org.crisisdesk.drafting.PlaceholderValues;
import org.crisisdesk.scripts.ImportPlan;
import org.crisisdesk.scripts.PackEntry;
import org.crisisdesk.scripts.PackJson;
import org.crisisdesk.scripts.PackService;
import org.crisisdesk.scripts.Reasons;
import org.crisisdesk.scripts.Scenario;
import org.crisisdesk.scripts.Script;
import org.crisisdesk.scripts.ScriptEdit;
import org.crisisdesk.scripts.ScriptFilter;
import org.crisisdesk.scripts.ScriptService;
import org.crisisdesk.scripts.ScriptVersion;
import org.crisisdesk.scripts.SearchIndex;
import org.crisisdesk.ui.common.Async;

/**
 * The library's state: the loaded scripts and the filtered list (grouped by scenario), the selected
 * script and its filled preview, the import plan under preview, and one status line. Storage work
 * runs on the injected executor; filtering runs in memory on every keystroke. Holds no nodes.
 */
public final class LibraryViewModel {
    private final ScriptService scripts;
    private final PackService packs;
    private final Supplier<Actor> actor;
    private final Function<Long, PlaceholderValues> caseValues;
    private final Supplier<List<CaseChoice>> caseChooser;
    private final Consumer<Script> onInsert;
    private final Async async;
    private final Messages m;

    private final List<Script> loaded = new ArrayList<>();
    private SearchIndex index = new SearchIndex(List.of());
    private final ObservableList<Script> visible = FXCollections.observableArrayList();
    private final ObservableList<CaseChoice> cases = FXCollections.observableArrayList();
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObjectProperty<Scenario> scenario = new SimpleObjectProperty<>(this, "scenario");
    private final ObjectProperty<org.crisisdesk.scripts.ScriptState> state = new SimpleObjectProperty<>(this, "state");
    private final BooleanProperty favouritesOnly = new SimpleBooleanProperty(this, "favouritesOnly");
    private final ReadOnlyObjectWrapper<Script> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ObjectProperty<CaseChoice> chosenCase = new SimpleObjectProperty<>(this, "chosenCase");
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper(this, "preview", "");
    private final ReadOnlyStringWrapper previewNote = new ReadOnlyStringWrapper(this, "previewNote", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyObjectWrapper<ImportPlan> plan = new ReadOnlyObjectWrapper<>(this, "plan");
    private List<PackEntry> planEntries = List.of();
    private final java.util.Set<String> takePack = new java.util.HashSet<>();
    private PlaceholderValues values = PlaceholderValues.NONE;

    /**
     * @param onInsert what Enter does with a script (the drafting workspace inserts it; the library tab copies it)
     * @param caseValues placeholder values of a case, called off the FX thread
     * @param caseChooser the cases the preview can be filled from, called off the FX thread
     */
    public LibraryViewModel(ScriptService scripts, PackService packs, Supplier<Actor> actor,
                            Function<Long, PlaceholderValues> caseValues, Supplier<List<CaseChoice>> caseChooser,
                            Consumer<Script> onInsert, Async async) {
        this.scripts = Objects.requireNonNull(scripts);
        this.packs = Objects.requireNonNull(packs);
        this.actor = Objects.requireNonNull(actor);
        this.caseValues = Objects.requireNonNull(caseValues);
        this.caseChooser = Objects.requireNonNull(caseChooser);
        this.onInsert = Objects.requireNonNull(onInsert);
        this.async = Objects.requireNonNull(async);
        this.m = async.messages();
        query.addListener((o, a, b) -> refilter());
        scenario.addListener((o, a, b) -> refilter());
        state.addListener((o, a, b) -> refilter());
        favouritesOnly.addListener((o, a, b) -> refilter());
        chosenCase.addListener((o, a, b) -> loadCaseValues(b));
        selected.addListener((o, a, b) -> refreshPreview());
    }

    /** Loads the scripts and the case list. */
    public void load() {
        async.run(() -> new Object[] {scripts.list(), caseChooser.get()}, r -> {
            @SuppressWarnings("unchecked") List<Script> list = (List<Script>) r[0];
            @SuppressWarnings("unchecked") List<CaseChoice> choices = (List<CaseChoice>) r[1];
            cases.setAll(choices);
            replaceLoaded(list);
        }, status::set);
    }

    private void reload(Long select, String message) {
        async.run(scripts::list, list -> {
            replaceLoaded(list);
            if (select != null) {
                loaded.stream().filter(s -> s.id() == select).findFirst().ifPresent(selected::set);
            }
            if (message != null) {
                status.set(message);
            }
        }, status::set);
    }

    private void replaceLoaded(List<Script> list) {
        Script was = selected.get();
        loaded.clear();
        loaded.addAll(list);
        loaded.sort(Comparator.comparing(Script::scenario).thenComparing(Script::title));
        index = new SearchIndex(loaded);
        refilter();
        if (was != null) {
            selected.set(loaded.stream().filter(s -> s.id() == was.id()).findFirst().orElse(null));
        }
    }

    private void refilter() {
        visible.setAll(index.apply(new ScriptFilter(query.get(), scenario.get(), state.get(), favouritesOnly.get())));
    }

    public void select(Script s) {
        selected.set(s);
    }

    // ---- insert, preview, favourite ----------------------------------------------------------

    /** Enter: hands the script to the insert callback and counts the use. Only approved scripts go in. */
    public boolean insert(Script s) {
        if (s == null) {
            return false;
        }
        if (!s.approved()) {
            status.set(m.get("scripts.view.notApproved", s.title()));
            return false;
        }
        onInsert.accept(s);
        async.run(() -> scripts.recordUse(s.code()), ok -> reload(s.id(), null), status::set);
        return true;
    }

    /** The script's text with the chosen case's values filled in. */
    public String filledText(Script s) {
        return PlaceholderFiller.fill(s.body(), values).text();
    }

    private void loadCaseValues(CaseChoice c) {
        if (c == null) {
            values = PlaceholderValues.NONE;
            refreshPreview();
            return;
        }
        async.run(() -> caseValues.apply(c.caseId()), v -> {
            values = v == null ? PlaceholderValues.NONE : v;
            refreshPreview();
        }, status::set);
    }

    private void refreshPreview() {
        Script s = selected.get();
        if (s == null) {
            preview.set("");
            previewNote.set("");
            return;
        }
        PlaceholderFiller.Result r = PlaceholderFiller.fill(s.body(), values);
        preview.set(r.text());
        List<String> notes = new ArrayList<>();
        if (!r.unfilled().isEmpty()) {
            notes.add(m.get("scripts.view.unfilled", String.join(" ", r.unfilled().stream().map(Placeholder::token).toList())));
        }
        if (s.stateReason() != null) {
            notes.add(m.get("scripts.view.reason", Reasons.localize(s.stateReason(), m)));
        }
        previewNote.set(String.join("  ", notes));
    }

    public void toggleFavourite(Script s) {
        async.run(() -> {
            scripts.setFavourite(s.id(), !s.favourite());
            return s.id();
        }, id -> reload(id, null), status::set);
    }

    // ---- lifecycle -----------------------------------------------------------------------------

    /** Saves the editor's content: a new script when nothing is selected, else an edit of the selected one. */
    public void save(boolean asNew, String title, Scenario sc, String tags, String body) {
        Script s = selected.get();
        ScriptEdit edit = new ScriptEdit(title, sc == null ? Scenario.WRITTEN_REPLY : sc, ScriptEdit.parseTags(tags), body);
        Actor who = actor.get();
        async.run(() -> asNew || s == null ? scripts.create(edit, who) : scripts.edit(s.id(), s.version(), edit, who),
                saved -> reload(saved.script().id(), saved.unknownPlaceholders().isEmpty()
                        ? m.get("scripts.view.saved", saved.script().title())
                        : m.get("scripts.view.savedUnknown", saved.script().title(),
                        String.join(" ", saved.unknownPlaceholders().stream().map(n -> "{" + n + "}").toList()))),
                status::set);
    }

    public void approve() {
        Script s = selected.get();
        if (s != null) {
            Actor who = actor.get();
            async.run(() -> scripts.approve(s.id(), s.version(), who),
                    a -> reload(a.id(), m.get("scripts.view.approved", a.title())), status::set);
        }
    }

    public void retire() {
        Script s = selected.get();
        if (s != null) {
            Actor who = actor.get();
            async.run(() -> scripts.retire(s.id(), s.version(), who),
                    a -> reload(a.id(), m.get("scripts.view.retired", a.title())), status::set);
        }
    }

    /** The kept versions of the selected script, newest first, handed to {@code onLoaded}. */
    public void versions(Consumer<List<ScriptVersion>> onLoaded) {
        Script s = selected.get();
        if (s != null) {
            async.run(() -> scripts.versions(s.id()), onLoaded, status::set);
        }
    }

    public void restore(ScriptVersion v) {
        Script s = selected.get();
        if (s != null) {
            Actor who = actor.get();
            async.run(() -> scripts.restore(s.id(), s.version(), v.id(), who),
                    r -> reload(r.id(), m.get("scripts.view.restored", v.number())), status::set);
        }
    }

    // ---- packs ---------------------------------------------------------------------------------

    /** Parses a pack and shows its plan; a malformed pack shows the problem and plans nothing. */
    public void previewImport(Supplier<Reader> pack) {
        async.run(() -> {
            List<PackEntry> entries;
            try (Reader r = pack.get()) {
                entries = PackJson.read(r);
            } catch (java.io.IOException e) {
                throw new org.crisisdesk.common.UserException(e, "scripts.pack.unreadable", String.valueOf(e.getMessage()));
            }
            return new Object[] {entries, packs.plan(entries)};
        }, r -> {
            @SuppressWarnings("unchecked") List<PackEntry> entries = (List<PackEntry>) r[0];
            planEntries = entries;
            takePack.clear();
            plan.set((ImportPlan) r[1]);
            status.set(summary((ImportPlan) r[1]));
        }, error -> {
            plan.set(null);
            status.set(error);
        });
    }

    public void previewImport(String json) {
        previewImport(() -> new StringReader(json));
    }

    /**
     * For a conflict, takes the pack's text over the local edit (or undoes that choice) and plans
     * again; the local text stays in the kept versions.
     */
    public void toggleTakePack(String code) {
        if (!takePack.remove(code)) {
            takePack.add(code);
        }
        List<PackEntry> entries = planEntries;
        java.util.Set<String> chosen = java.util.Set.copyOf(takePack);
        async.run(() -> packs.plan(entries, chosen), p -> {
            plan.set(p);
            status.set(summary(p));
        }, status::set);
    }

    public boolean takesPack(String code) {
        return takePack.contains(code);
    }

    public void applyImport() {
        List<PackEntry> entries = planEntries;
        java.util.Set<String> chosen = java.util.Set.copyOf(takePack);
        Actor who = actor.get();
        async.run(() -> packs.apply(entries, chosen, who), applied -> {
            plan.set(null);
            planEntries = List.of();
            reload(null, applied.changesAnything() ? m.get("scripts.import.done", applied.count(ImportPlan.Kind.NEW),
                    applied.count(ImportPlan.Kind.UPDATED), applied.count(ImportPlan.Kind.CONFLICT))
                    : m.get("scripts.import.nothing"));
        }, status::set);
    }

    public void cancelImport() {
        takePack.clear();
        plan.set(null);
        planEntries = List.of();
    }

    public String summary(ImportPlan p) {
        return m.get("scripts.import.summary", p.count(ImportPlan.Kind.NEW), p.count(ImportPlan.Kind.UPDATED),
                p.count(ImportPlan.Kind.CONFLICT), p.count(ImportPlan.Kind.UNCHANGED));
    }

    /** The pack of the visible scripts (or all when {@code all}), built off the FX thread. */
    public void export(boolean all, Consumer<String> onReady) {
        List<Long> ids = all ? null : visible.stream().map(Script::id).toList();
        async.run(() -> packs.export(ids), onReady, status::set);
    }

    /** Writes the pack of the visible scripts (or all) to a UTF-8 file, off the FX thread. */
    public void exportTo(java.nio.file.Path file, boolean all) {
        List<Long> ids = all ? null : visible.stream().map(Script::id).toList();
        async.run(() -> {
            String json = packs.export(ids);
            try {
                java.nio.file.Files.writeString(file, json, java.nio.charset.StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw new org.crisisdesk.common.UserException(e, "scripts.pack.unwritable", file, String.valueOf(e.getMessage()));
            }
            return PackJson.read(json).size();
        }, n -> status.set(m.get("scripts.export.done", n, file)), status::set);
    }

    public void setStatus(String text) {
        status.set(text);
    }

    // ---- properties ----------------------------------------------------------------------------

    public ObservableList<Script> visible() {
        return visible;
    }

    public ObservableList<CaseChoice> cases() {
        return cases;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<Scenario> scenarioProperty() {
        return scenario;
    }

    public ObjectProperty<org.crisisdesk.scripts.ScriptState> stateProperty() {
        return state;
    }

    public BooleanProperty favouritesOnlyProperty() {
        return favouritesOnly;
    }

    public ReadOnlyObjectProperty<Script> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ObjectProperty<CaseChoice> chosenCaseProperty() {
        return chosenCase;
    }

    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty previewNoteProperty() {
        return previewNote.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ImportPlan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    public Messages messages() {
        return m;
    }
}
