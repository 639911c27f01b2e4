package org.crisisdesk.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.crisisdesk.common.Messages;
import org.crisisdesk.common.UserException;
import org.crisisdesk.store.Database;
import org.crisisdesk.store.DatabaseConfig;
import org.crisisdesk.ui.common.Theme;
import org.crisisdesk.ui.shell.MainWindow;

/** The JavaFX application: opens the database, builds the composition root and shows the main window. */
public final class CrisisDeskApp extends Application {
    private static Path dataDir;
    private static DatabaseConfig config;

    private Desk desk;
    private ExecutorService background;
    private org.crisisdesk.app.single.DeskChannel channel;

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
            StartupRecovery.handle(e, dataDir, messages); // durability: offers the pre-upgrade backup
            Platform.exit();
            return;
        }
        background = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "desk-storage");
            t.setDaemon(true);
            return t;
        });
        MainWindow window = new MainWindow(desk, background, Platform::runLater);
        Scene scene = new Scene(window, 1440, 900);
        Theme.style(scene);
        stage.setScene(scene);
        stage.setTitle(messages.get("app.title"));
        stage.show();
        window.start();
        channel = SingleInstance.listen(dataDir, stage, messages); // durability: second launches come here
    }

    @Override
    public void stop() throws InterruptedException {
        if (channel != null) {
            channel.close();
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
