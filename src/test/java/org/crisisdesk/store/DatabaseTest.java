package org.crisisdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.crisisdesk.common.UserException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void migratesAnEmptyFileAndReopensIt() {
        try (Database db = Database.open(DatabaseConfig.h2(dir))) {
            assertTrue(Integer.parseInt(db.schemaVersion().split("\\.")[0]) >= 2);
        }
        assertTrue(DataDirectory.hasDatabase(dir));
        try (Database db = Database.open(DatabaseConfig.h2(dir))) {
            int stores = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM store").mapTo(Integer.class).one());
            assertEquals(4, stores);
        }
    }

    @Test
    void aSecondProcessOnTheSameFileIsToldTheDeskIsOpen() throws Exception {
        try (Database first = Database.open(DatabaseConfig.h2(dir))) {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "org.crisisdesk.app.Main",
                    "--data-dir", dir.toString(), "info")
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertEquals(2, p.waitFor());
            assertTrue(out.contains("另一个正在运行的应对台"), out);
            assertTrue(!out.contains("Exception"), out);
        }
    }

    @Test
    void aDatabaseFromANewerVersionIsRefusedAndLeftUntouched() {
        try (Database db = Database.open(DatabaseConfig.h2(dir))) {
            db.jdbi().useHandle(h -> h.execute("""
                    INSERT INTO "flyway_schema_history" ("installed_rank", "version", "description", "type", "script",
                      "checksum", "installed_by", "execution_time", "success")
                    VALUES (999, '999', 'from the future', 'SQL', 'V999__future.sql', 0, 'test', 0, TRUE)"""));
        }
        UserException e = assertThrows(UserException.class, () -> Database.open(DatabaseConfig.h2(dir)));
        assertEquals("db.newerVersion", e.key());
    }

    @Test
    void theStartUpShortcutKnowsTheNewestMigration() {
        // Database skips Flyway when the history already ends at LATEST_MIGRATION; a new migration file
        // without raising the constant would never be applied to existing desks
        try (Database db = Database.open(DatabaseConfig.h2(dir))) {
            assertEquals(Database.LATEST_MIGRATION, db.schemaVersion());
        }
    }

    @Test
    void aFailedMigrationInTheHistoryStillGoesThroughFlyway() {
        try (Database db = Database.open(DatabaseConfig.h2(dir))) {
            db.jdbi().useHandle(h -> h.execute("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE "
                    + "WHERE \"version\" = ?", Database.LATEST_MIGRATION));
        }
        UserException e = assertThrows(UserException.class, () -> Database.open(DatabaseConfig.h2(dir)));
        assertEquals("db.migrationFailed", e.key());
    }

    @Test
    void existingOnlyOpenNeverCreatesADatabase() {
        assertTrue(Database.openExisting(DatabaseConfig.h2(dir), dir).isEmpty());
        assertTrue(!DataDirectory.hasDatabase(dir));
    }

    @Test
    void dataFolderResolution() {
        assertEquals(Path.of("/x/y"), DataDirectory.resolve(Path.of("/x/y"), java.util.Map.of(), "Linux", "/home/u"));
        assertEquals(Path.of("/e"), DataDirectory.resolve(null, java.util.Map.of(DataDirectory.ENV, "/e"), "Linux", "/h"));
        assertEquals(Path.of("/h/.local/share/crisis-desk"), DataDirectory.resolve(null, java.util.Map.of(), "Linux", "/h"));
        assertEquals(Path.of("/x/crisis-desk"),
                DataDirectory.resolve(null, java.util.Map.of("XDG_DATA_HOME", "/x"), "Linux", "/h"));
        assertEquals(Path.of("/h/Library/Application Support/CrisisDesk"),
                DataDirectory.resolve(null, java.util.Map.of(), "Mac OS X", "/h"));
    }
}
