package org.crisisdesk.ui.shell;

import atlantafx.base.theme.Styles;
import java.awt.Desktop;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import org.crisisdesk.app.Desk;
import org.crisisdesk.checklist.Step;
import org.crisisdesk.common.Actor;
import org.crisisdesk.settings.RefItem;
import org.crisisdesk.ui.board.BoardView;
import org.crisisdesk.common.StartupProbe;
import org.crisisdesk.ui.board.BoardViewModel;
import org.crisisdesk.ui.casefile.CaseView;
import org.crisisdesk.ui.casefile.CaseViewModel;
import org.crisisdesk.ui.casefile.MediaContactDialog;
import org.crisisdesk.ui.checklist.CountdownBadge;
import org.crisisdesk.ui.checklist.DueSoonModel;
import org.crisisdesk.ui.checklist.DueSoonStrip;
import org.crisisdesk.ui.checklist.Ticker;
import org.crisisdesk.ui.common.AfterLayout;
import org.crisisdesk.ui.common.Async;
import org.crisisdesk.ui.common.FileOpener;
import org.crisisdesk.ui.common.FilePicker;
import org.crisisdesk.ui.common.Labels;
import org.crisisdesk.ui.common.PaintProbe;
import org.crisisdesk.ui.intake.IntakeView;
import org.crisisdesk.ui.scripts.CaseChoice;
import org.crisisdesk.ui.scripts.LibraryView;
import org.crisisdesk.ui.intake.IntakeViewModel;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * One signed-in operator's workspace: a toolbar (new incident, settings, who is signed in, switch
 * operator) over tabs — the board always first, then open cases, the intake form and settings.
 */
public final class MainWindow extends BorderPane {
    private final Desk desk;
    private final Async async;
    private final Labels labels;
    private final Supplier<Actor> actor;
    private final TabPane tabs = new TabPane();
    private final Map<Long, Tab> caseTabs = new HashMap<>();
    private final BoardViewModel board;
    private boolean fontsRequested;
    private final BoardView boardView;
    private final DueSoonModel dueSoon;
    private final CaseTabs caseExtras;
    private final StatusMoves moves;
    private final SettingsTabs settingsTabs;
    private final WorkspaceServices services;
    private boolean started;
    private final Label who = new Label();

    public MainWindow(Desk desk, Executor background, Executor fx, Supplier<Actor> actor, Runnable switchOperator,
                      Ticker ticker, WorkspaceServices services) {
        this.desk = desk;
        this.actor = actor;
        this.services = services;
        this.labels = new Labels(desk.messages(), desk.clock().getZone());
        Label status = new Label();
        this.async = new Async(background, fx, desk.messages(), status::setText, services.writes());
        this.board = new BoardViewModel(desk.caseQueries(), desk.cases(), desk.settings(), async, desk.clock(), actor);
        board.setDecorator(ids -> desk.checklists().currentStepFor(ids));
        board.setPersonalSearch(desk.personalSearch()::find);
        this.dueSoon = new DueSoonModel(desk.checklists(), background, ticker, desk.messages());
        DueSoonStrip strip = new DueSoonStrip(dueSoon, ticker, desk.messages());
        strip.setOnOpenCase(this::openCase);
        this.moves = new StatusMoves(desk, async, labels, actor, this::refresh, this::getScene);
        this.boardView = new BoardView(board, labels, this::openCase, this::newIncident,
                new CardCountdown(board, ticker, desk.messages()), strip);
        board.setMoveGuard(moves::guardMove);
        boardView.setOnExportSelected(ids -> {
            if (!ids.isEmpty()) {
                exportDialog().showForCases(getScene().getWindow(), ids);
            }
        });
        this.caseExtras = new CaseTabs(desk, background, fx, actor, ticker, services, moves, this::refresh,
                desk::scriptSource);
        this.settingsTabs = new SettingsTabs(desk, background, fx, actor, services.restorer());
        getStyleClass().add("main-window");

        Label appName = new Label(labels.get("app.title"));
        appName.getStyleClass().addAll(Styles.TITLE_3, "app-name");
        Button create = new Button(labels.get("board.new"), new FontIcon(Material2AL.ADD_CIRCLE_OUTLINE));
        create.setOnAction(e -> newIncident());
        Button settings = new Button(labels.get("nav.settings"), new FontIcon(Material2MZ.SETTINGS));
        settings.setOnAction(e -> openSettings());
        settings.setId("nav-settings");
        Button library = new Button(labels.get("nav.scripts"), new FontIcon(Material2AL.LIBRARY_BOOKS));
        library.setId("nav-scripts");
        library.setOnAction(e -> openLibrary());
        who.setGraphic(new FontIcon(Material2AL.ACCOUNT_CIRCLE));
        who.setId("signed-in");
        showWho();
        Button switchButton = new Button(labels.get("actor.switch"), new FontIcon(Material2AL.LOCK));
        switchButton.setId("switch-operator");
        switchButton.setOnAction(e -> switchOperator.run());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button summary = new Button(labels.get("nav.summary"), new FontIcon(Material2AL.ASSESSMENT));
        summary.setId("nav-summary");
        summary.setOnAction(e -> openSummaryExport());
        HBox bar = new HBox(10, appName, create, library, summary, settings, gap, who, switchButton);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));
        bar.getStyleClass().add("top-bar");
        setTop(bar);

        Tab boardTab = new Tab(labels.get("nav.board"), boardView);
        boardTab.setClosable(false);
        boardTab.setId("tab-board");
        tabs.getTabs().add(boardTab);
        tabs.getStyleClass().add(Styles.TABS_FLOATING);
        setCenter(tabs);
        status.getStyleClass().add(Styles.DANGER);
        HBox foot = new HBox(status);
        foot.setPadding(new Insets(2, 12, 4, 12));
        setBottom(foot);
        shortcuts(switchOperator);
    }

    /** Convenience for tests and simple starts: the default file chooser and system viewer. */
    public static WorkspaceServices defaultServices(Executor checkExecutor,
                                                    java.util.concurrent.ScheduledExecutorService autosave,
                                                    java.util.function.UnaryOperator<Path> restorer,
                                                    org.crisisdesk.store.WriteGuard writes) {
        FilePicker picker = owner -> {
            var files = new FileChooser().showOpenMultipleDialog(owner);
            return files == null ? List.of() : files.stream().map(java.io.File::toPath).toList();
        };
        return new WorkspaceServices(picker, MainWindow::openWithSystem, checkExecutor, autosave, restorer, writes);
    }

    private void showWho() {
        Actor a = actor.get();
        who.setText(labels.get("actor.signedIn", a == null ? "" : a.name()));
    }

    /**
     * Lays out sample cards (not cases: {@link WarmUpCards}) while this workspace waits hidden behind
     * the sign-in screen (in the scene: call once it is), and takes them away after that layout pass;
     * {@link #start()} brings the real board.
     */
    void warmUp() {
        if (started) {
            return;
        }
        var now = desk.clock().instant();
        var cards = WarmUpCards.cards(labels, now);
        board.preview(cards, WarmUpCards.steps(cards, labels, now));
        AfterLayout.once(getScene(), () -> true, () -> { // the layout pass that styled and measured them
            if (!started) {
                if (StartupProbe.enabled()) {
                    StartupProbe.mark("spare-laid-out " + boardView.lookupAll(".case-card").size());
                }
                board.preview(List.of(), Map.of());
            }
        });
    }

    /**
     * Loads the board the first time; later calls refresh it (returning to where the operator left
     * off). Completes on the FX thread once the board's cases are shown.
     */
    public CompletableFuture<Void> start() {
        showWho();
        if (!started) {
            started = true;
            if (StartupProbe.enabled()) { // the board benchmark: sign-in → open cases on the board
                board.visible().addListener(new javafx.collections.ListChangeListener<>() {
                    @Override
                    public void onChanged(Change<? extends org.crisisdesk.cases.CaseSummary> c) {
                        board.visible().removeListener(this);
                        StartupProbe.mark("cases-arrived");
                        PaintProbe.markWhenPainted(getScene(), "board",
                                () -> !boardView.lookupAll(".case-card").isEmpty() && !isNeedsLayout());
                    }
                });
                // the filter benchmark: a keystroke in the search field → the columns drawn again
                board.filterText().addListener((o, was, text) -> {
                    StartupProbe.mark("filter-typed");
                    PaintProbe.markWhenPainted(getScene(), "filtered " + board.visible().size(),
                            () -> !isNeedsLayout());
                });
            }
        }
        return refresh();
    }

    CompletableFuture<Void> refresh() {
        var shown = board.load(); // first: the board's queries go ahead of the due-soon strip's
        dueSoon.refresh();
        return shown;
    }

    private void shortcuts(Runnable switchOperator) {
        sceneProperty().addListener((o, a, scene) -> {
            if (scene == null) {
                return;
            }
            var acc = scene.getAccelerators();
            acc.put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), whenShown(this::newIncident));
            acc.put(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN), whenShown(switchOperator));
            acc.put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), whenShown(() -> {
                tabs.getSelectionModel().select(0);
                boardView.focusSearch();
            }));
            acc.put(new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN), whenShown(() -> {
                Tab t = tabs.getSelectionModel().getSelectedItem();
                if (t != null && t.isClosable()) {
                    tabs.getTabs().remove(t);
                    caseTabs.values().remove(t);
                }
            }));
        });
    }

    /**
     * The scene keeps a workspace's shortcuts after the desk locks or while the workspace waits hidden
     * behind the sign-in screen: they act only while it is the one showing, to someone signed in.
     */
    private Runnable whenShown(Runnable action) {
        return () -> {
            if (getScene() != null && isVisible() && actor.get() != null) {
                action.run();
            }
        };
    }

    public void newIncident() {
        IntakeViewModel vm = new IntakeViewModel(desk.cases(), desk.caseQueries(), async, desk.clock(), labels,
                actor, desk::escalation, services.writes());
        Tab tab = new Tab(labels.get("intake.title"));
        tab.setId("tab-intake");
        record Lists(List<org.crisisdesk.settings.Store> stores, List<RefItem> channels, List<RefItem> categories,
                     List<RefItem> risks) {
        }
        async.run(() -> new Lists(desk.settings().stores(), desk.settings().items(RefItem.CHANNEL),
                desk.settings().items(RefItem.CATEGORY), desk.settings().items(RefItem.RISK_TYPE)), l -> {
            IntakeView view = new IntakeView(vm, labels, l.stores(), l.channels(), l.categories(), l.risks(), id -> {
                tabs.getTabs().remove(tab);
                refresh();
                openCase(id);
            }, () -> tabs.getTabs().remove(tab));
            tab.setContent(view);
            tabs.getTabs().add(tab);
            tabs.getSelectionModel().select(tab);
            view.focusFirst();
        });
    }

    public void openCase(long id) {
        Tab existing = caseTabs.get(id);
        if (existing != null) {
            tabs.getSelectionModel().select(existing);
            return;
        }
        CaseViewModel vm = new CaseViewModel(id, desk.cases(), desk.caseQueries(), desk.settings(), async, actor,
                services.writes());
        preloadReportFonts();
        moves.register(id, vm);
        vm.setRevealer(caseId -> desk.reveal().reveal(actor.get(), caseId));
        CaseView view = new CaseView(vm, labels, services.picker(), services.opener(),
                List.of(caseExtras::checklist, caseExtras::drafting), new MediaContactDialog(labels, desk.clock()),
                moves::guardMove);
        Tab tab = new Tab("…", view);
        tab.setId("tab-case-" + id);
        Button export = new Button(labels.get("case.export"), new FontIcon(Material2AL.INSERT_DRIVE_FILE));
        export.setId("case-export");
        export.setOnAction(e -> exportDialog().showForCase(getScene().getWindow(), id,
                vm.incident().get() == null ? "" : vm.incident().get().caseNo()));
        view.addHeaderAction(export);
        vm.incident().addListener((o, a, i) -> tab.setText(i.caseNo()));
        tab.setOnClosed(e -> {
            caseTabs.remove(id);
            moves.unregister(id);
            caseExtras.flush();
            refresh();
        });
        caseTabs.put(id, tab);
        tabs.getTabs().add(tab);
        tabs.getSelectionModel().select(tab);
    }

    /** The script library (话术库); Enter or Copy puts the filled script on the clipboard. */
    public void openLibrary() {
        LibraryView view = new LibraryView(desk.scripts(), desk.packs(), desk::checker, async.background(), actor,
                id -> desk.placeholders().valuesFor(id, null),
                () -> desk.caseQueries().openCases().stream()
                        .map(c -> new CaseChoice(c.id(), c.caseNo() + " " + c.shownTitle())).toList(),
                null, desk.messages());
        Tab tab = new Tab(labels.get("nav.scripts"), view);
        tab.setId("tab-scripts");
        tabs.getTabs().add(tab);
        tabs.getSelectionModel().select(tab);
        view.focusSearch();
    }

    /**
     * Parses the PDF fonts (about a second, 50 MB of heap) once a case is opened or a report is asked
     * for, so that the first export is quick without the desk carrying them from the start.
     */
    private void preloadReportFonts() {
        if (!fontsRequested) {
            fontsRequested = true; // its own thread: a second of parsing must not hold up the storage queue
            Thread t = new Thread(desk::preloadReportFonts, "desk-report-fonts");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            t.start();
        }
    }

    private org.crisisdesk.ui.reports.ExportDialog exportDialog() {
        preloadReportFonts();
        return new org.crisisdesk.ui.reports.ExportDialog(desk.reports(), actor, async.background(), services.opener(),
                org.crisisdesk.ui.reports.ExportDialog.systemFileChooser(desk.messages()),
                org.crisisdesk.ui.reports.ExportDialog.systemFolderChooser(desk.messages()), desk.messages());
    }

    /** Journey 5: the period summary for headquarters. */
    public void openSummaryExport() {
        preloadReportFonts();
        async.run(() -> desk.settings().stores(), stores -> new org.crisisdesk.ui.reports.SummaryExportDialog(
                desk.reports(), actor, async.background(), services.opener(),
                org.crisisdesk.ui.reports.ExportDialog.systemFileChooser(desk.messages()), desk.messages(),
                desk.clock()).show(getScene().getWindow(), stores));
    }

    public void openSettings() {
        Tab tab = new Tab(labels.get("nav.settings"), settingsTabs.view(async, labels));
        tab.setId("tab-settings");
        tabs.getTabs().add(tab);
        tabs.getSelectionModel().select(tab);
    }

    /** Saves open drafts now; called when the desk locks, switches operator or closes. */
    public void flush() {
        caseExtras.flush();
    }

    /** Offers a status move (e.g. 已回复 after the last formal reply); safe from any thread. */
    public void offerMove(long caseId, String status) {
        moves.offerMove(caseId, status);
    }

    public BoardViewModel board() {
        return board;
    }

    private static void openWithSystem(Path file) {
        Thread t = new Thread(() -> {
            try {
                if (Desktop.isDesktopSupported()) {
                    Desktop.getDesktop().open(file.toFile());
                }
            } catch (Exception ignored) {
                // no viewer for this type: nothing to do but leave the file where it is
            }
        }, "open-attachment");
        t.setDaemon(true);
        t.start();
    }
}
