package org.crisisdesk.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Real databases for storage tests: an H2 file in a temp folder, and a PostgreSQL server started
 * inside the test JVM once (each test gets a fresh database on it).
 */
public final class TestDatabases {
    private static EmbeddedPostgres postgres;
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private TestDatabases() {
    }

    public static Database h2(Path dir) {
        return Database.open(DatabaseConfig.h2(dir));
    }

    public static synchronized Database postgres() {
        try {
            if (postgres == null) {
                postgres = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        postgres.close();
                    } catch (IOException ignored) {
                        // the JVM is exiting
                    }
                }));
            }
            String name = "desk" + COUNTER.incrementAndGet();
            try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + name);
            }
            String url = postgres.getJdbcUrl("postgres", name);
            return Database.open(new DatabaseConfig(url, "postgres", "postgres"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Opens the named kind: "h2" or "postgres". */
    public static Database open(String kind, Path dir) {
        return "postgres".equals(kind) ? postgres() : h2(dir);
    }
}
