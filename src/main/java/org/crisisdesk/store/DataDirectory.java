package org.crisisdesk.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the desk keeps its database and attachments: {@code --data-dir}, else the environment
 * variable {@value #ENV}, else the per-user folder of the operating system.
 */
public final class DataDirectory {
    public static final String ENV = "CRISIS_DESK_DATA_DIR";

    private DataDirectory() {
    }

    /** The folder to use, without creating it. */
    public static Path resolve(Path explicit) {
        return resolve(explicit, System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home", "."));
    }

    static Path resolve(Path explicit, Map<String, String> env, String osName, String home) {
        if (explicit != null) {
            return explicit.toAbsolutePath().normalize();
        }
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath().normalize();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String local = env.getOrDefault("LOCALAPPDATA", home + "\\AppData\\Local");
            return Path.of(local, "CrisisDesk");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "CrisisDesk");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share");
        return base.resolve("crisis-desk");
    }

    /** The H2 database file base name inside the data folder (H2 adds {@code .mv.db}). */
    public static Path databaseBase(Path dataDir) {
        return dataDir.resolve("crisisdesk");
    }

    public static boolean hasDatabase(Path dataDir) {
        return Files.exists(dataDir.resolve("crisisdesk.mv.db"));
    }

    public static Path attachments(Path dataDir) {
        return dataDir.resolve("attachments");
    }
}
