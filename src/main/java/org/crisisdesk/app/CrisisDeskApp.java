package org.crisisdesk.app;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.stage.Stage;
import org.crisisdesk.store.DatabaseConfig;

/** The JavaFX application: builds the composition root and shows the main window. */
public final class CrisisDeskApp extends Application {
    private static Path dataDir;
    private static DatabaseConfig config;

    static void launchWith(Path dir, DatabaseConfig cfg, String[] args) {
        dataDir = dir;
        config = cfg;
        Application.launch(CrisisDeskApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("舆情应对台");
        stage.show();
    }
}
