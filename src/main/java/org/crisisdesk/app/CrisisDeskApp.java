package org.crisisdesk.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.crisisdesk.common.Messages;
import org.crisisdesk.common.StartupProbe;
import org.crisisdesk.common.UserException;
import org.crisisdesk.store.Database;
import org.crisisdesk.store.DatabaseConfig;
import org.crisisdesk.ui.common.Theme;
import org.crisisdesk.ui.common.editor.AdaptiveCheckExecutor;
import org.crisisdesk.ui.shell.DeskShell;
import org.crisisdesk.ui.shell.MainWindow;

/** The JavaFX application: opens the database, builds the composition root and shows the main window. */
public final class CrisisDeskApp extends Application {
    private static Path dataDir;
    private static DatabaseConfig config;

    private Desk desk;
    private ExecutorService background;
    private ExecutorService checker;
    private ScheduledExecutorService autosave;
    private org.crisisdesk.store.WriteGuard writes;
    private DeskShell shell;
    private org.crisisdesk.app.single.DeskChannel channel;
    private org.crisisdesk.store.BackupScheduler backups;

    /** Opened (and migrated) while the JavaFX toolkit starts, so the two overlap at start-up. */
    private static java.util.concurrent.CompletableFuture<Database> opening;
    /** Loaded while the toolkit starts too: two 10 MB font files. */
    private static java.util.concurrent.CompletableFuture<Boolean> fonts;

    static void launchWith(Path dir, DatabaseConfig cfg, String[] args) {
        dataDir = dir;
        config = cfg;
        // own threads: on two cores the common pool has one worker and would run these one after the other
        opening = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            Database.prepareDataDirectory(dir);
            Database d = Database.open(cfg);
            StartupProbe.mark("db-opened");
            return d;
        }, r -> daemon("desk-open").newThread(r).start());
        fonts = java.util.concurrent.CompletableFuture.supplyAsync(Theme::loadFonts,
                r -> daemon("desk-fonts").newThread(r).start());
        StartupProbe.mark("launch");
        Application.launch(CrisisDeskApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        StartupProbe.mark("start");
        Messages messages = Messages.forDefaultLocale();
        Application.setUserAgentStylesheet(Theme.userAgentStylesheet());
        StartupProbe.mark("css");
        fonts.exceptionally(e -> false).join(); // without them JavaFX falls back to the system's fonts
        StartupProbe.mark("theme");
        try {
            Database opened = openedDatabase();
            StartupProbe.mark("db");
            desk = new Desk(opened, dataDir, Clock.systemDefaultZone(), messages);
        } catch (UserException e) {
            StartupRecovery.handle(e, dataDir, messages); // durability: offers the pre-upgrade backup
            Platform.exit();
            return;
        }
        StartupProbe.mark("desk");
        background = Executors.newSingleThreadExecutor(daemon("desk-storage"));
        checker = Executors.newSingleThreadExecutor(daemon("desk-checker"));
        autosave = Executors.newSingleThreadScheduledExecutor(daemon("desk-autosave"));
        // saves a full disk refused are kept and retried on the storage thread; the autosave timer only posts them
        writes = new org.crisisdesk.store.WriteGuard(desk.database()::reopen, background, autosave,
                java.time.Duration.ofSeconds(5));
        shell = new DeskShell(desk, background, Platform::runLater, MainWindow.defaultServices(
                new AdaptiveCheckExecutor(checker, java.time.Duration.ofMillis(2)), autosave, this::restore, writes));
        Scene scene = new Scene(shell, 1440, 900);
        Theme.style(scene);
        stage.setScene(scene);
        stage.setTitle(messages.get("app.title"));
        StartupProbe.mark("scene");
        stage.setOnCloseRequest(e -> {
            if (!shell.confirmClose()) {
                e.consume(); // saves are kept in memory while the disk is full
            }
        });
        stage.show();
        StartupProbe.mark("shown");
        shell.start(stage);
        Platform.runLater(() -> {
            StartupProbe.mark("first-screen");
            Thread warm = daemon("desk-warm-up").newThread(org.crisisdesk.operators.PinHasher::warmUp);
            warm.setPriority(Thread.MIN_PRIORITY); // while the user types the PIN: the first check is then quick
            warm.start();
            background.execute(() -> {
                try {
                    desk.warmUp();
                } catch (RuntimeException e) {
                    // only a head start: the real load reports its own problems
                }
            });
            if (StartupProbe.exitAfterStart()) {
                Platform.exit(); // packaging's class-list run: start once, then leave
            }
        });
        channel = SingleInstance.listen(dataDir, stage, messages); // a second launch brings this window forward
        backups = new org.crisisdesk.store.BackupScheduler(desk.backups(), desk.clock(),
                e -> Platform.runLater(() -> shell.showProblem(org.crisisdesk.store.DiskFailures.isDiskFailure(e)
                        ? messages.get("ui.backup.diskFull") : e.localized(messages))),
                // on the audit chain like a backup taken by hand; kept like any save if the disk is full
                written -> writes.save(() -> desk.audit().appendBackup(messages.get("actor.desk"), written)));
        backups.start();
    }

    /**
     * Restores a validated backup: stops the scheduler, closes the database, swaps the files, records
     * the restore on the audit chain (with the head from before), erases again the personal data the
     * replaced data had erased, and asks the user to reopen the desk, which then starts on the
     * restored data. Runs on the storage thread.
     */
    private Path restore(Path zip) {
        var actor = shell.actor().get();
        // refuses operators who may not restore before anything is closed
        var before = org.crisisdesk.app.wiring.AuditedRestore.Before.read(desk.database(), actor);
        backups.close();
        desk.close();
        var after = org.crisisdesk.app.wiring.AuditedRestore.restore(dataDir, config, zip, actor, before,
                Clock.systemDefaultZone());
        Messages messages = desk.messages();
        String text = messages.get("backup.restoredReopen") + "\n"
                + messages.get("restore.erasedAgain", after.erasedAgain().size());
        Platform.runLater(() -> {
            Alert done = new Alert(Alert.AlertType.INFORMATION, text);
            done.setHeaderText(messages.get("app.title"));
            done.showAndWait();
            Platform.exit();
        });
        return after.aside();
    }

    private static Database openedDatabase() {
        try {
            return opening.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof UserException ue) {
                throw ue;
            }
            throw e;
        }
    }

    private static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    @Override
    public void stop() throws InterruptedException {
        if (channel != null) {
            channel.close();
        }
        if (backups != null) {
            backups.close();
        }
        if (shell != null) {
            shell.stop();
        }
        if (autosave != null) {
            autosave.shutdown();
            autosave.awaitTermination(5, TimeUnit.SECONDS);
        }
        if (writes != null) {
            writes.close();
        }
        if (background != null) {
            if (writes != null && writes.status().count() > 0) {
                background.execute(writes::retryNow); // last chance for saves kept while the disk was full
            }
            // let queued saves finish; never interrupt a thread inside H2
            background.shutdown();
            background.awaitTermination(10, TimeUnit.SECONDS);
        }
        if (desk != null) {
            desk.close();
        }
    }
}
