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
    private DeskShell shell;

    static void launchWith(Path dir, DatabaseConfig cfg, String[] args) {
        dataDir = dir;
        config = cfg;
        Application.launch(CrisisDeskApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Messages messages = Messages.forDefaultLocale();
        Theme.install();
        try {
            Database.prepareDataDirectory(dataDir);
            desk = new Desk(Database.open(config), dataDir, Clock.systemDefaultZone(), messages);
        } catch (UserException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, e.localized(messages));
            alert.setHeaderText(messages.get("app.cannotStart"));
            alert.setTitle(messages.get("app.title"));
            alert.showAndWait();
            Platform.exit();
            return;
        }
        background = Executors.newSingleThreadExecutor(daemon("desk-storage"));
        checker = Executors.newSingleThreadExecutor(daemon("desk-checker"));
        autosave = Executors.newSingleThreadScheduledExecutor(daemon("desk-autosave"));
        shell = new DeskShell(desk, background, Platform::runLater, MainWindow.defaultServices(
                new AdaptiveCheckExecutor(checker, java.time.Duration.ofMillis(2)), autosave));
        Scene scene = new Scene(shell, 1440, 900);
        Theme.style(scene);
        stage.setScene(scene);
        stage.setTitle(messages.get("app.title"));
        stage.show();
        shell.start(stage);
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
        if (shell != null) {
            shell.stop();
        }
        if (autosave != null) {
            autosave.shutdown();
            autosave.awaitTermination(5, TimeUnit.SECONDS);
        }
        if (background != null) {
            // let queued saves finish; never interrupt a thread inside H2
            background.shutdown();
            background.awaitTermination(10, TimeUnit.SECONDS);
        }
        if (desk != null) {
            desk.close();
        }
    }
}
