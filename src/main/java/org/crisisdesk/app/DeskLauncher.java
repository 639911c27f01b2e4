package org.crisisdesk.app;

import java.nio.file.Path;
import org.crisisdesk.store.DatabaseConfig;

/** Opens the desk window. */
final class DeskLauncher {
    private DeskLauncher() {
    }

    static void launch(Path dataDir, DatabaseConfig config, String[] args) {
        CrisisDeskApp.launchWith(dataDir, config, args);
    }
}
