package org.crisisdesk.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.crisisdesk.app.Desk;
import org.crisisdesk.common.Actor;
import org.crisisdesk.common.Messages;
import org.crisisdesk.operators.PinHasher;
import org.crisisdesk.store.Database;
import org.crisisdesk.store.DatabaseConfig;
import org.crisisdesk.store.FullDisk;
import org.crisisdesk.store.WriteGuard;
import org.crisisdesk.ui.common.Theme;
import org.crisisdesk.ui.shell.DeskShell;
import org.crisisdesk.ui.shell.MainWindow;
import org.crisisdesk.ui.shell.WorkspaceServices;

/**
 * Starts the real desk on a data folder the way the app does, signs the first supervisor in
 * (creating her on first use), and closes like a restart.
 */
public final class DeskFixture {
    public static final String SUPERVISOR = "王主管";
    public static final char[] PIN = "246813".toCharArray();
    private final Desk desk;
    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private final ExecutorService checker = Executors.newSingleThreadExecutor();
    private final ScheduledExecutorService autosave = Executors.newSingleThreadScheduledExecutor();
    private final DeskShell shell;
    private final Actor actor;
    private final WriteGuard writes;
    private boolean fullDisk;

    public DeskFixture(Stage stage, Path dataDir, Clock clock) {
        this(stage, dataDir, clock, DatabaseConfig.h2(dataDir), java.time.Duration.ofSeconds(5));
    }

    /** On another database URL (e.g. {@code FullDisk}'s), retrying saves a full disk refused every {@code retryEvery}. */
    public DeskFixture(Stage stage, Path dataDir, Clock clock, DatabaseConfig config, java.time.Duration retryEvery) {
        this(stage, dataDir, clock, config, retryEvery, true);
    }

    /**
     * On {@code FullDisk}'s database, signed in, retrying kept saves every 300 ms; the test fills the
     * disk with {@code FullDisk.full = true}, and {@link #close()} empties it again.
     */
    public static DeskFixture onFullDisk(Stage stage, Path dataDir, Clock clock) {
        FullDisk.register();
        DeskFixture desk = new DeskFixture(stage, dataDir, clock, FullDisk.config(dataDir), java.time.Duration.ofMillis(300));
        desk.fullDisk = true;
        return desk;
    }

    /** Stops at the sign-in screen, as the desk starts: the test signs in (王主管, {@link #PIN}). */
    public static DeskFixture atSignIn(Stage stage, Path dataDir, Clock clock) {
        return new DeskFixture(stage, dataDir, clock, DatabaseConfig.h2(dataDir), java.time.Duration.ofSeconds(5), false);
    }

    /**
     * Signed in ({@code enter}) or at the sign-in screen, in a scene of this size — the desk's own
     * window is 1440×900. The test stage is shared between tests, so it is never resized by hand.
     */
    public static DeskFixture sized(Stage stage, Path dataDir, Clock clock, double width, double height, boolean enter) {
        return new DeskFixture(stage, dataDir, clock, DatabaseConfig.h2(dataDir), java.time.Duration.ofSeconds(5), enter,
                width, height);
    }

    private DeskFixture(Stage stage, Path dataDir, Clock clock, DatabaseConfig config, java.time.Duration retryEvery,
                        boolean enter) {
        this(stage, dataDir, clock, config, retryEvery, enter, 1400, 900);
    }

    private DeskFixture(Stage stage, Path dataDir, Clock clock, DatabaseConfig config, java.time.Duration retryEvery,
                        boolean enter, double width, double height) {
        Messages messages = new Messages(java.util.Locale.SIMPLIFIED_CHINESE);
        Theme.install();
        desk = new Desk(Database.open(config), dataDir, clock, messages, new PinHasher(1_000));
        actor = desk.operators().isFirstRun() ? desk.operators().createFirstSupervisor(SUPERVISOR, PIN.clone())
                : desk.operators().signIn(desk.operators().findByName(SUPERVISOR).orElseThrow().id(), PIN.clone());
        writes = new WriteGuard(desk.database()::reopen, background, autosave, retryEvery);
        WorkspaceServices services = new WorkspaceServices(owner -> List.of(), file -> { }, checker, autosave, writes);
        shell = new DeskShell(desk, background, Platform::runLater, services);
        Scene scene = new Scene(shell, width, height);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
        shell.start(stage);
        if (enter) {
            shell.enter(actor);
        }
    }

    public MainWindow window() {
        return shell.workspace();
    }

    public DeskShell shell() {
        return shell;
    }

    public Desk desk() {
        return desk;
    }

    public WriteGuard writes() {
        return writes;
    }

    public Actor actor() {
        return actor;
    }

    /** Waits for queued saves, then closes the database as the app does on exit. */
    public void close() throws InterruptedException {
        if (fullDisk) {
            FullDisk.full = false;
        }
        shell.stop();
        writes.close();
        autosave.shutdown();
        autosave.awaitTermination(5, TimeUnit.SECONDS);
        background.shutdown();
        background.awaitTermination(10, TimeUnit.SECONDS);
        checker.shutdown();
        desk.close();
    }
}
