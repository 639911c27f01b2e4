package org.crisisdesk.ui.board;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
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
import javafx.collections.transformation.FilteredList;
import org.crisisdesk.cases.BoardFilter;
import org.crisisdesk.cases.CaseQueries;
import org.crisisdesk.cases.CaseService;
import org.crisisdesk.cases.CaseStatus;
import org.crisisdesk.cases.CaseSummary;
import org.crisisdesk.cases.Severity;
import org.crisisdesk.common.Actor;
import org.crisisdesk.settings.SettingsRepository;
import org.crisisdesk.settings.SpecialPeriod;
import org.crisisdesk.settings.Store;
import org.crisisdesk.store.QueryCancel;
import org.crisisdesk.ui.common.Async;

/**
 * The case board's state: open cases (filtered in memory, so typing in the filter never waits for
 * the database), a page of closed cases fetched by search, and the special-period banner.
 */
public final class BoardViewModel {
    static final int CLOSED_PAGE = 50;

    private final CaseQueries queries;
    private final CaseService cases;
    private final SettingsRepository settings;
    private final Async async;
    private final Clock clock;
    private final Supplier<Actor> actor;

    private final ObservableList<CaseSummary> open = FXCollections.observableArrayList();
    private final FilteredList<CaseSummary> visible = new FilteredList<>(open);
    private final ObservableList<CaseSummary> closed = FXCollections.observableArrayList();
    private final ObservableList<Store> stores = FXCollections.observableArrayList();
    private final StringProperty filterText = new SimpleStringProperty("");
    private final ObjectProperty<Store> filterStore = new SimpleObjectProperty<>();
    private final ObjectProperty<Severity> filterSeverity = new SimpleObjectProperty<>();
    private final ObjectProperty<Boolean> filterMedia = new SimpleObjectProperty<>();
    private final ObjectProperty<CaseStatus> filterStatus = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper banner = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final BooleanProperty moreClosed = new SimpleBooleanProperty(false);
    private long closedGeneration;
    private QueryCancel closedSearch = QueryCancel.none();
    /** Per-case extras shown on cards (e.g. the current checklist step), loaded with the cases. */
    private Function<List<Long>, Map<Long, ?>> decorator = ids -> Map.of();
    private Map<Long, ?> decorations = Map.of();
    private java.util.function.BiPredicate<Long, CaseStatus> moveGuard = (id, to) -> true;
    /** Finds cases by a whole phone or name for operators who may reveal (core-enforced, audited). */
    private java.util.function.BiFunction<Actor, String, List<CaseSummary>> personalSearch = (a, t) -> List.of();
    private List<CaseSummary> personalFound = List.of();
    private long personalGeneration;
    private java.util.function.Consumer<Runnable> searchWhenTypingPauses = Runnable::run;
    /** How many of the closed rows came from the personal lookup, so paging counts only the others. */
    private int closedByPerson;

    public BoardViewModel(CaseQueries queries, CaseService cases, SettingsRepository settings, Async async,
                          Clock clock, Supplier<Actor> actor) {
        this.queries = queries;
        this.cases = cases;
        this.settings = settings;
        this.async = async;
        this.clock = clock;
        this.actor = actor;
        filterText.addListener((o, a, b) -> {
            // open cases are filtered at once, in memory; the database searches wait until typing pauses
            personalFound = List.of();
            personalGeneration++; // answers for the text before are stale from now on
            closedGeneration++;
            closedSearch.cancel(); // a search for the text before would only slow this keystroke's frame
            visible.setPredicate(filter());
            searchWhenTypingPauses.accept(this::searchDatabase);
        });
        filterStore.addListener((o, a, b) -> applyFilter());
        filterSeverity.addListener((o, a, b) -> applyFilter());
        filterMedia.addListener((o, a, b) -> applyFilter());
        filterStatus.addListener((o, a, b) -> applyFilter());
    }

    private record Loaded(List<CaseSummary> open, List<Store> stores, List<SpecialPeriod> periods, Map<Long, ?> extras) {
    }

    private Loaded read() {
        List<CaseSummary> cases = queries.openCases();
        return new Loaded(cases, settings.stores(), settings.specialPeriods(),
                decorator.apply(cases.stream().map(CaseSummary::id).toList()));
    }

    /**
     * Loads the board: open cases, the first page of closed ones, stores and the banner. Completes on
     * the FX thread once both lists are shown (or have failed with a message).
     */
    public CompletableFuture<Void> load() {
        CompletableFuture<Void> openShown = async.run(this::read, l -> {
            decorations = l.extras();
            open.setAll(l.open());
            stores.setAll(l.stores());
            LocalDate today = LocalDate.now(clock);
            banner.set(l.periods().stream().filter(p -> p.contains(today)).findFirst()
                    .map(p -> async.messages().get("board.specialPeriod", p.name())).orElse(""));
        }).thenApply(l -> null);
        CompletableFuture<?> closedShown = loadClosed(false);
        return CompletableFuture.allOf(openShown, closedShown).exceptionally(e -> null);
    }

    /**
     * Shows cards that are not cases, without reading the database, until the next {@link #load()}
     * replaces them: a workspace waiting hidden behind the sign-in screen lays them out once, so the
     * first real board finds the card code loaded and compiled and its styles cached.
     */
    public void preview(List<CaseSummary> cards, Map<Long, ?> extras) {
        decorations = extras;
        open.setAll(cards.stream().filter(c -> c.status().isOpen()).toList());
        closed.setAll(cards.stream().filter(c -> !c.status().isOpen()).toList());
    }

    public BoardFilter filter() {
        Store s = filterStore.get();
        return new BoardFilter(filterText.get(), s == null ? null : s.code(), filterSeverity.get(), filterMedia.get(),
                filterStatus.get(), personalFound.stream().map(CaseSummary::id).collect(Collectors.toSet()));
    }

    /**
     * Sets how the database searches for a typed filter (closed cases, whole phone or name) are
     * scheduled: the view runs only the last of a burst of keystrokes, once typing pauses, so the
     * database thread does not compete with drawing the board. By default they run at once.
     */
    public void setSearchScheduler(java.util.function.Consumer<Runnable> scheduler) {
        this.searchWhenTypingPauses = scheduler;
    }

    private void searchDatabase() {
        lookUpPersonal(filterText.get());
        loadClosed(false);
    }

    /** Sets the lookup by whole phone or name; the core decides who gets results and audits them. */
    public void setPersonalSearch(java.util.function.BiFunction<Actor, String, List<CaseSummary>> search) {
        this.personalSearch = search;
    }

    /** Once per typed text (not per filter change, so a lookup is audited once); the newest text wins. */
    private void lookUpPersonal(String text) {
        long generation = ++personalGeneration;
        Actor who = actor.get();
        async.run(() -> personalSearch.apply(who, text), found -> {
            if (generation == personalGeneration && !found.isEmpty()) {
                personalFound = found;
                applyFilter();
            }
        });
    }

    private void applyFilter() {
        visible.setPredicate(filter());
        loadClosed(false);
    }

    /** Closed cases by page; the newest search wins when the user types faster than the database answers. */
    public CompletableFuture<?> loadClosed(boolean more) {
        long generation = ++closedGeneration;
        String text = filterText.get();
        int offset = more ? closed.size() - closedByPerson : 0;
        closedSearch.cancel();
        QueryCancel search = new QueryCancel();
        closedSearch = search;
        return async.run(() -> {
            try {
                return queries.closedCases(text, offset, CLOSED_PAGE + 1, search);
            } catch (QueryCancel.Cancelled stale) {
                return List.<CaseSummary>of(); // a newer search replaced it; its answer is dropped below
            }
        }, page -> {
            if (generation != closedGeneration) {
                return;
            }
            BoardFilter f = filter();
            List<CaseSummary> rows = new ArrayList<>(page.stream().limit(CLOSED_PAGE).filter(f).toList());
            if (!more) {
                // closed cases found by a whole phone or name lead the list (the text search cannot see them)
                List<CaseSummary> byPerson = personalFound.stream()
                        .filter(c -> c.status() == CaseStatus.CLOSED && f.test(c))
                        .filter(c -> rows.stream().noneMatch(r -> r.id() == c.id())).toList();
                rows.addAll(0, byPerson);
                closedByPerson = byPerson.size();
            }
            if (more) {
                rows.removeIf(r -> closed.stream().anyMatch(c -> c.id() == r.id())); // led the list already
                closed.addAll(rows);
            } else {
                closed.setAll(rows);
            }
            moreClosed.set(page.size() > CLOSED_PAGE);
        });
    }

    /** Asked before every move (e.g. closing needs the review first); false keeps the case where it is. */
    public void setMoveGuard(java.util.function.BiPredicate<Long, CaseStatus> guard) {
        this.moveGuard = guard;
    }

    /** Moves a case to another column; the board refreshes from what was saved. */
    public void move(long caseId, CaseStatus to) {
        Optional<CaseSummary> c = find(caseId);
        if (c.isEmpty() || c.get().status() == to || !moveGuard.test(caseId, to)) {
            return;
        }
        int version = c.get().version();
        async.run(() -> cases.moveTo(caseId, version, to, actor.get()), moved -> {
            message.set(async.messages().get("board.moved", moved.caseNo(), async.messages().get(to.labelKey())));
            load();
        }, error -> {
            message.set(error);
            load();
        });
    }

    /** The next or previous column for keyboard moves; empty at either end. */
    public static Optional<CaseStatus> neighbour(CaseStatus from, int step) {
        int i = from.ordinal() + step;
        CaseStatus[] all = CaseStatus.values();
        return i < 0 || i >= all.length ? Optional.empty() : Optional.of(all[i]);
    }

    public Optional<CaseSummary> find(long id) {
        return open.stream().filter(c -> c.id() == id).findFirst()
                .or(() -> closed.stream().filter(c -> c.id() == id).findFirst());
    }

    public String storeName(String code) {
        return stores.stream().filter(s -> s.code().equals(code)).map(Store::name).findFirst().orElse(code);
    }

    /** Sets what is loaded beside the cases for their cards; runs off the FX thread. */
    public void setDecorator(Function<List<Long>, Map<Long, ?>> decorator) {
        this.decorator = decorator;
    }

    /** The extra loaded for a case's card, or null. */
    public Object decoration(long caseId) {
        return decorations.get(caseId);
    }

    public ObservableList<CaseSummary> visible() {
        return visible;
    }

    public ObservableList<CaseSummary> closed() {
        return closed;
    }

    public ObservableList<Store> stores() {
        return stores;
    }

    public StringProperty filterText() {
        return filterText;
    }

    public ObjectProperty<Store> filterStore() {
        return filterStore;
    }

    public ObjectProperty<Severity> filterSeverity() {
        return filterSeverity;
    }

    public ObjectProperty<Boolean> filterMedia() {
        return filterMedia;
    }

    public ObjectProperty<CaseStatus> filterStatus() {
        return filterStatus;
    }

    public ReadOnlyStringProperty banner() {
        return banner.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    public BooleanProperty moreClosed() {
        return moreClosed;
    }

    public Clock clock() {
        return clock;
    }
}
