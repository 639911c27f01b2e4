package org.crisisdesk.ui.shell;

import atlantafx.base.theme.Styles;
import java.awt.Desktop;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
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
import org.crisisdesk.common.Actor;
import org.crisisdesk.settings.RefItem;
import org.crisisdesk.ui.board.BoardView;
import org.crisisdesk.ui.board.BoardViewModel;
import org.crisisdesk.ui.casefile.CaseView;
import org.crisisdesk.ui.casefile.CaseViewModel;
import org.crisisdesk.ui.casefile.MediaContactDialog;
import org.crisisdesk.ui.common.Async;
import org.crisisdesk.ui.common.FileOpener;
import org.crisisdesk.ui.common.FilePicker;
import org.crisisdesk.ui.common.Labels;
import org.crisisdesk.ui.intake.IntakeView;
import org.crisisdesk.ui.intake.IntakeViewModel;
import org.crisisdesk.ui.settings.SettingsView;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The main window: a toolbar (new incident, settings, who is acting) over a workspace of tabs —
 * the board always first, then open cases, the intake form and settings.
 */
public final class MainWindow extends BorderPane {
    private final Desk desk;
    private final Async async;
    private final Labels labels;
    private final TabPane tabs = new TabPane();
    private final ComboBox<String> actorBox = new ComboBox<>();
    private final Map<Long, Tab> caseTabs = new HashMap<>();
    private final BoardViewModel board;
    private final BoardView boardView;
    private FilePicker picker = owner -> {
        var files = new FileChooser().showOpenMultipleDialog(owner);
        return files == null ? List.of() : files.stream().map(f -> f.toPath()).toList();
    };
    private FileOpener opener = MainWindow::openWithSystem;

    public MainWindow(Desk desk, Executor background, Executor fx) {
        this.desk = desk;
        this.labels = new Labels(desk.messages(), desk.clock().getZone());
        Label status = new Label();
        this.async = new Async(background, fx, desk.messages(), status::setText);
        this.board = new BoardViewModel(desk.caseQueries(), desk.cases(), desk.settings(), async, desk.clock(),
                this::actor);
        this.boardView = new BoardView(board, labels, this::openCase, this::newIncident, null, null);
        getStyleClass().add("main-window");

        Label appName = new Label(labels.get("app.title"));
        appName.getStyleClass().addAll(Styles.TITLE_3, "app-name");
        Button create = new Button(labels.get("board.new"), new FontIcon(Material2AL.ADD_CIRCLE_OUTLINE));
        create.setOnAction(e -> newIncident());
        Button settings = new Button(labels.get("nav.settings"), new FontIcon(Material2MZ.SETTINGS));
        settings.setOnAction(e -> openSettings());
        settings.setId("nav-settings");
        actorBox.setId("actor");
        actorBox.setPromptText(labels.get("actor.pick"));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(10, appName, create, settings, gap, new Label(labels.get("actor.current")), actorBox);
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
        shortcuts();
    }

    /** Loads the board and the acting-person list; call once the window is showing. */
    public void start() {
        async.run(() -> desk.settings().items(RefItem.ACTOR), items -> {
            actorBox.getItems().setAll(items.stream().filter(RefItem::active).map(RefItem::labelZh).toList());
            if (actorBox.getValue() == null && !actorBox.getItems().isEmpty()) {
                actorBox.getSelectionModel().selectFirst();
            }
        });
        board.load();
    }

    private void shortcuts() {
        sceneProperty().addListener((o, a, scene) -> {
            if (scene == null) {
                return;
            }
            scene.getAccelerators().put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), this::newIncident);
            scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> {
                tabs.getSelectionModel().select(0);
                boardView.focusSearch();
            });
            scene.getAccelerators().put(new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN), () -> {
                Tab t = tabs.getSelectionModel().getSelectedItem();
                if (t != null && t.isClosable()) {
                    tabs.getTabs().remove(t);
                    caseTabs.values().remove(t);
                }
            });
        });
    }

    Actor actor() {
        String name = actorBox.getValue();
        return new Actor(name == null || name.isBlank() ? labels.get("actor.unknown") : name, Actor.Role.SUPERVISOR);
    }

    public void newIncident() {
        IntakeViewModel vm = new IntakeViewModel(desk.cases(), desk.caseQueries(), async, desk.clock(), labels,
                this::actor, desk::escalation);
        Tab tab = new Tab(labels.get("intake.title"));
        tab.setId("tab-intake");
        async.run(() -> new Object[] {desk.settings().stores(), desk.settings().items(RefItem.CHANNEL),
                desk.settings().items(RefItem.CATEGORY), desk.settings().items(RefItem.RISK_TYPE)}, lists -> {
            @SuppressWarnings("unchecked")
            IntakeView view = new IntakeView(vm, labels, (List<org.crisisdesk.settings.Store>) lists[0],
                    (List<RefItem>) lists[1], (List<RefItem>) lists[2], (List<RefItem>) lists[3], id -> {
                        tabs.getTabs().remove(tab);
                        board.load();
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
        CaseViewModel vm = new CaseViewModel(id, desk.cases(), desk.caseQueries(), desk.settings(), async, this::actor);
        CaseView view = new CaseView(vm, labels, picker, opener, List.of(),
                new MediaContactDialog(labels, desk.clock()));
        Tab tab = new Tab("…", view);
        tab.setId("tab-case-" + id);
        vm.incident().addListener((o, a, i) -> tab.setText(i.caseNo()));
        tab.setOnClosed(e -> {
            caseTabs.remove(id);
            board.load();
        });
        caseTabs.put(id, tab);
        tabs.getTabs().add(tab);
        tabs.getSelectionModel().select(tab);
    }

    public void openSettings() {
        Tab tab = new Tab(labels.get("nav.settings"), new SettingsView(desk.settings(), async, labels, List.of()));
        tab.setId("tab-settings");
        tabs.getTabs().add(tab);
        tabs.getSelectionModel().select(tab);
    }

    /** Tests replace the file chooser and the system viewer, both of which fail under headless Monocle. */
    public void setFileAccess(FilePicker picker, FileOpener opener) {
        this.picker = picker;
        this.opener = opener;
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
