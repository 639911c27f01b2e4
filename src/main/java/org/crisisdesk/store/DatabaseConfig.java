package org.crisisdesk.store;

import java.nio.file.Path;

/**
 * How to reach the database. The embedded default is an H2 file in the data folder; a store
 * group may point desks at PostgreSQL instead with {@code CRISIS_DESK_JDBC_URL},
 * {@code CRISIS_DESK_JDBC_USER} and {@code CRISIS_DESK_JDBC_PASSWORD}.
 */
public record DatabaseConfig(String url, String user, String password) {
    /** The embedded database's user; the file itself is the security boundary (see README). */
    public static final String H2_USER = "crisisdesk";
    public static final String H2_PASSWORD = "crisisdesk";

    /**
     * The embedded H2 file. {@code WRITE_DELAY=0} writes each commit to the file before the commit
     * returns, so a returned save survives the process being killed (H2's default delay of 500 ms
     * could lose the last half second).
     */
    public static DatabaseConfig h2(Path dataDir) {
        String base = DataDirectory.databaseBase(dataDir).toAbsolutePath().toString().replace('\\', '/');
        return new DatabaseConfig("jdbc:h2:file:" + base + ";WRITE_DELAY=0", H2_USER, H2_PASSWORD);
    }

    /** The configured server from the environment, else the embedded file in {@code dataDir}. */
    public static DatabaseConfig fromEnvironment(Path dataDir) {
        String url = System.getenv("CRISIS_DESK_JDBC_URL");
        if (url == null || url.isBlank()) {
            return h2(dataDir);
        }
        return new DatabaseConfig(url, System.getenv().getOrDefault("CRISIS_DESK_JDBC_USER", ""),
                System.getenv().getOrDefault("CRISIS_DESK_JDBC_PASSWORD", ""));
    }

    public boolean isH2() {
        return url.startsWith("jdbc:h2:");
    }

    public boolean isPostgres() {
        return url.startsWith("jdbc:postgresql:");
    }

    @Override
    public String toString() {
        return "DatabaseConfig[url=" + url + ", user=" + user + "]";
    }
}
