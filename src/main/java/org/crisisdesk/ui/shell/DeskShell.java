package org.crisisdesk.ui.shell;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.crisisdesk.app.Desk;
import org.crisisdesk.checklist.AlertMonitor;
import org.crisisdesk.common.Actor;
import org.crisisdesk.common.StartupProbe;
import org.crisisdesk.ui.common.PaintProbe;
import org.crisisdesk.ui.checklist.AlertPresenter;
import org.crisisdesk.ui.checklist.Ticker;
import org.crisisdesk.ui.operators.FirstRunView;
import org.crisisdesk.ui.operators.IdleMonitor;
import org.crisisdesk.ui.operators.LockScreen;
import org.crisisdesk.ui.operators.SignInView;

/**
 * What the shared front-desk PC shows: first-run setup, sign-in, the lock screen, or the signed-in
 * operator's workspace. Each operator keeps their own workspace, so switching back returns them to
 * where they left off; while locked no workspace is in the scene at all, so no case data shows.
 */
public final class DeskShell extends StackPane {
    /** Setting: minutes of inactivity before the desk locks (1–15, default 5). */
    public static final String IDLE_SETTING = "desk.idleMinutes";

    private final Desk desk;
    private final Executor background;
    private final Executor fx;
    private final Ticker ticker;
    private final IdleMonitor idle;
    private final AlertPresenter alerts;
    private final Map<String, MainWindow> workspaces = new HashMap<>();
    private final ReadOnlyObjectWrapper<Actor> actor = new ReadOnlyObjectWrapper<>();
    private final WorkspaceServices services;
    private final SaveStatusModel saveStatus;
    private static final javafx.util.Duration UNCOVER_AT_LATEST = javafx.util.Duration.seconds(1);

    /** The first workspace, built behind the sign-in screen until someone signs in (see prepareSpare). */
    private Spare spare;

    private record Spare(MainWindow workspace, StackPane layer, SignInView signIn) {
    }

    /** The warning about saves kept in memory above whatever shows: it matters on the lock screen too. */
    private final BorderPane frame = new BorderPane();

    public DeskShell(Desk desk, Executor background, Executor fx, WorkspaceServices services) {
        this.desk = desk;
        this.background = background;
        this.fx = fx;
        this.services = services;
        this.ticker = new Ticker(desk.clock());
        this.idle = new IdleMonitor(desk.clock(), idleSetting(), this::lock);
        this.alerts = new AlertPresenter(desk.messages(), id -> {
            MainWindow w = current();
            if (w != null) {
                w.openCase(id);
            }
        });
        getStyleClass().add("desk-shell");
        this.saveStatus = new SaveStatusModel(services.writes(), desk.messages(), fx);
        frame.setTop(new SaveStatusBanner(saveStatus));
        getChildren().add(frame);
        desk.setStatusOffers((id, status) -> {
            MainWindow w = current();
            if (w != null) {
                w.offerMove(id, status);
            }
        });
        sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                idle.attach(scene);
            }
        });
    }

    private Duration idleSetting() {
        try {
            return IdleMonitor.clamp(Duration.ofMinutes(Long.parseLong(
                    desk.settings().setting(IDLE_SETTING).orElse("5").strip())));
        } catch (NumberFormatException e) {
            return IdleMonitor.DEFAULT_IDLE;
        }
    }

    /** Shows first-run setup or sign-in; call once the stage is showing. */
    public void start(Stage stage) {
        alerts.setStage(stage);
        alerts.lockedProperty().bind(actor.isNull().or(idle.lockedProperty()));
        alerts.attach(ticker, new AlertMonitor(desk.database().jdbi()), background);
        ticker.start();
        if (desk.operators().isFirstRun()) {
            show(new FirstRunView(desk.operators(), desk.messages(), background, this::signedIn));
        } else {
            SignInView signIn = new SignInView(desk.operators(), desk.messages(), desk.clock(), background,
                    services.writes(), this::signedIn);
            StackPane layer = new StackPane(signIn);
            show(layer);
            signIn.focusPin();
            prepareSpare(layer, signIn);
        }
    }

    /** Enters the workspace of an operator who has just signed in (or unlocked). */
    public void enter(Actor who) {
        signedIn(who);
    }

    /**
     * Once the sign-in screen is up, builds the first workspace hidden beneath it and lays out sample
     * cards there (no case data: {@link WarmUpCards}): JavaFX styles nodes and loads their code the
     * first time it meets them, which made the first board take seconds at 50,000 incidents. The
     * first operator to sign in gets this workspace, uncovered where it stands so that its styles
     * hold (moving a node to another parent styles it afresh).
     */
    private void prepareSpare(StackPane layer, SignInView signIn) {
        PauseTransition settle = new PauseTransition(javafx.util.Duration.millis(300));
        settle.setOnFinished(e -> {
            if (actor.get() != null || !workspaces.isEmpty() || frame.getCenter() != layer) {
                return; // someone was quicker than the warm-up
            }
            MainWindow w = newWorkspace();
            w.setVisible(false);
            layer.getChildren().add(0, w);
            spare = new Spare(w, layer, signIn);
            StartupProbe.mark("spare");
            // the cards in a pulse of their own: two shorter stalls of the FX thread instead of one
            Platform.runLater(w::warmUp);
        });
        settle.play();
    }

    /**
     * The first workspace is uncovered once its board is shown (or after {@link #UNCOVER_AT_LATEST}):
     * one frame with everything instead of the empty workspace first and the cards a moment later,
     * which in software rendering costs a second full-window paint.
     */
    private void uncoverWhenShown(Spare s, CompletableFuture<Void> shown) {
        s.signIn().setDisable(true); // signed in: the screen only covers the workspace for a moment
        Runnable uncover = () -> {
            if (s.layer().getChildren().remove(s.signIn())) {
                s.workspace().setVisible(true);
            }
        };
        shown.whenComplete((v, e) -> uncover.run());
        PauseTransition latest = new PauseTransition(UNCOVER_AT_LATEST);
        latest.setOnFinished(e -> uncover.run());
        latest.play();
    }

    private MainWindow newWorkspace() {
        return new MainWindow(desk, background, fx, actor::get, this::switchOperator, ticker, services);
    }

    private void signedIn(Actor who) {
        StartupProbe.mark("signed-in");
        actor.set(who);
        MainWindow w = workspaces.get(who.name());
        Spare first = spare;
        spare = null;
        if (w == null && first != null && frame.getCenter() == first.layer()) {
            w = first.workspace();
            workspaces.put(who.name(), w);
            uncoverWhenShown(first, w.start());
        } else {
            if (w == null) {
                w = newWorkspace();
                workspaces.put(who.name(), w);
            }
            show(w);
            w.start();
            if (StartupProbe.enabled()) { // the unlock benchmark: back to a workspace that was built before
                MainWindow shown = w;
                PaintProbe.markWhenPainted(getScene(), "workspace-shown", () -> !shown.isNeedsLayout());
            }
        }
        idle.reset();
        idle.start();
    }

    /** Locks at once: "switch operator" from the toolbar or its shortcut. */
    public void switchOperator() {
        idle.lockNow();
    }

    private void lock() {
        Actor was = actor.get();
        if (was != null) {
            workspaces.values().forEach(MainWindow::flush);
            // an audit entry: on a full disk it is kept and written later, in order, like any other save
            background.execute(() -> services.writes().save(() -> {
                desk.operators().recordDeskLocked(was, "idle-or-switch");
                return was;
            }));
        }
        actor.set(null);
        LockScreen screen = new LockScreen(desk.operators(), desk.messages(), desk.clock(), background,
                services.writes(), this::signedIn);
        if (was != null) {
            screen.setLastOperator(was.name());
        }
        show(screen);
    }

    private void show(Node content) {
        frame.setCenter(content);
    }

    /**
     * Asked before the window closes: while saves are kept in memory (the disk is full), closing loses
     * them, so the user must confirm. True when the window may close.
     */
    public boolean confirmClose() {
        int kept = saveStatus.keptProperty().get();
        if (kept == 0) {
            return true;
        }
        var messages = desk.messages();
        ButtonType close = new ButtonType(messages.get("disk.closeAnyway"), ButtonBar.ButtonData.OK_DONE);
        ButtonType wait = new ButtonType(messages.get("disk.keepOpen"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert ask = new Alert(Alert.AlertType.WARNING, messages.get("disk.closeConfirm", kept), wait, close);
        ask.setHeaderText(messages.get("disk.closeTitle"));
        if (getScene() != null) {
            ask.initOwner(getScene().getWindow());
        }
        return ask.showAndWait().filter(close::equals).isPresent();
    }

    public SaveStatusModel saveStatus() {
        return saveStatus;
    }

    private MainWindow current() {
        Actor a = actor.get();
        return a == null ? null : workspaces.get(a.name());
    }

    /** A problem the desk found by itself (e.g. a failed automatic backup), shown without blocking. */
    public void showProblem(String text) {
        javafx.scene.control.Alert a = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.WARNING, text);
        a.setHeaderText(desk.messages().get("app.problem"));
        a.show();
    }

    public ReadOnlyObjectProperty<Actor> actor() {
        return actor.getReadOnlyProperty();
    }

    public MainWindow workspace() {
        return current();
    }

    public Ticker ticker() {
        return ticker;
    }

    public IdleMonitor idleMonitor() {
        return idle;
    }

    public void stop() {
        ticker.stop();
        idle.stop();
        workspaces.values().forEach(MainWindow::flush);
    }
}
