package org.crisisdesk.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.crisisdesk.app.Desk;
import org.crisisdesk.common.Messages;
import org.crisisdesk.store.Database;
import org.crisisdesk.store.DatabaseConfig;
import org.crisisdesk.ui.common.Theme;
import org.crisisdesk.ui.shell.MainWindow;

/** Starts the real main window on a data folder, the way the app does, and closes it like a restart. */
public final class DeskFixture {
    private final Desk desk;
    private final ExecutorService background;
    private final MainWindow window;

    public DeskFixture(Stage stage, Path dataDir, Clock clock) {
        Messages messages = new Messages(java.util.Locale.SIMPLIFIED_CHINESE);
        Theme.install();
        desk = new Desk(Database.open(DatabaseConfig.h2(dataDir)), dataDir, clock, messages);
        background = Executors.newSingleThreadExecutor();
        window = new MainWindow(desk, background, Platform::runLater);
        Scene scene = new Scene(window, 1400, 900);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
        window.start();
    }

    public MainWindow window() {
        return window;
    }

    public Desk desk() {
        return desk;
    }

    /** Waits for queued saves, then closes the database as the app does on exit. */
    public void close() throws InterruptedException {
        background.shutdown();
        background.awaitTermination(10, TimeUnit.SECONDS);
        desk.close();
    }
}
