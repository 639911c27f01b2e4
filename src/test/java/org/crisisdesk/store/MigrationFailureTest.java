package org.crisisdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.crisisdesk.app.Main;
import org.crisisdesk.common.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class MigrationFailureTest {
    @TempDir
    Path dir;

    @Test
    void aFailedUpgradeKeepsThePreUpgradeBackupRefusesToStartAndTheCliRestoresIt() {
        try (Database db = Database.open(DatabaseConfig.h2(dir))) {
            db.jdbi().useHandle(h -> h.execute(
                    "INSERT INTO app_setting (setting_key, setting_value) VALUES ('marker', 'before')"));
        }
        MigrationFailedException e = assertThrows(MigrationFailedException.class, () -> Database.open(
                DatabaseConfig.h2(dir), List.of("classpath:db/broken"), Clock.systemUTC()));
        assertTrue(Files.isRegularFile(e.backup()), e.backup().toString());
        assertTrue(e.backup().getFileName().toString().endsWith("-before-upgrade.zip"));
        Messages en = new Messages(java.util.Locale.ENGLISH);
        assertTrue(e.localized(en).contains(e.backup().toString()), e.localized(en));

        // the next start (still with the broken migration) refuses again and names the same backup
        MigrationFailedException again = assertThrows(MigrationFailedException.class, () -> Database.open(
                DatabaseConfig.h2(dir), List.of("classpath:db/broken"), Clock.systemUTC()));
        assertEquals(e.backup(), again.backup());

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine(en).setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
        int code = cli.execute("--data-dir", dir.toString(), "restore", e.backup().toString());
        assertEquals(0, code, err.toString());
        assertTrue(out.toString().contains("Restored"), out.toString());
        try (Database db = Database.open(DatabaseConfig.h2(dir))) {
            assertEquals("before", db.jdbi().withHandle(h -> h.createQuery(
                    "SELECT setting_value FROM app_setting WHERE setting_key = 'marker'").mapTo(String.class).one()));
            assertTrue(!db.schemaVersion().equals("999"));
        }
    }

    @Test
    void aFreshDatabaseIsNotBackedUpBeforeItsFirstMigration() {
        Database.open(DatabaseConfig.h2(dir)).close();
        assertEquals(List.of(), BackupFiles.list(dir));
    }
}
