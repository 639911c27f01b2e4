package org.crisisdesk.store.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.crisisdesk.cases.AttachmentStore;
import org.crisisdesk.cases.CaseService;
import org.crisisdesk.cases.Incident;
import org.crisisdesk.cases.IncidentField;
import org.crisisdesk.common.Actor;
import org.crisisdesk.store.DataDirectory;
import org.crisisdesk.store.Database;
import org.crisisdesk.store.DatabaseConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fast, deterministic half of the crash test: a SIGKILL keeps every byte already passed to
 * {@code write()}, so a copy of the database file taken right after a save and {@link Database#sync()}
 * returned is exactly what a kill at that moment leaves. Every such copy must hold that save.
 * Sessions are closed and reopened between rounds so that H2 compacts and later chunks land in
 * the gaps, which is where H2 2.5.250/2.5.252 lost the newest chunks (docs/durability.md).
 */
class SyncedCopyTest {
    /** Many short sessions: the first save after each reopen is the one most likely to land in a gap. */
    private static final int ROUNDS = 40;
    private static final int SAVES_PER_ROUND = 4;

    @TempDir
    Path dir;

    @Test
    void aCopyTakenAfterEverySyncHoldsThatSave() throws Exception {
        Random random = new Random(9);
        Actor actor = new Actor("crash-test", Actor.Role.SUPERVISOR);
        Clock clock = Clock.systemUTC();
        Path data = Files.createDirectories(dir.resolve("data"));
        List<String> lost = new ArrayList<>();
        int checks = 0;
        for (int round = 0; round < ROUNDS; round++) {
            try (Database db = Database.open(DatabaseConfig.h2(data))) {
                CaseService cases = new CaseService(db.jdbi(), clock,
                        new AttachmentStore(DataDirectory.attachments(data)), List.of());
                Incident current = cases.create(CrashWriter.newIncident(clock.instant(), round), List.of(), actor);
                for (int i = 0; i < SAVES_PER_ROUND; i++) {
                    String title = "标题 " + round + "-" + i + " " + "改".repeat(random.nextInt(150));
                    current = cases.updateField(current.id(), current.version(), IncidentField.TITLE, title, actor,
                            null);
                    long note = cases.addNote(current.id(), "记录 " + "字".repeat(random.nextInt(20_000)), actor).id();
                    db.sync();
                    checks++;
                    String missing = missingFromCopy(data, current.id(), current.version(), note);
                    if (missing != null) {
                        lost.add("round " + round + " save " + i + ": " + missing);
                    }
                }
            }
        }
        System.out.printf("synced copies: %d checked, lost: %s%n", checks, lost);
        assertEquals(List.of(), lost);
    }

    /** Opens a copy of the live file as a fresh process would after a kill; null when the save is there. */
    private String missingFromCopy(Path data, long incident, int version, long note) throws Exception {
        Path copy = Files.createTempDirectory(dir, "kill-");
        Files.copy(data.resolve("crisisdesk.mv.db"), copy.resolve("crisisdesk.mv.db"));
        DatabaseConfig c = DatabaseConfig.h2(copy);
        // no compaction when the copy closes: only its opening matters, and 160 closes add up
        try (Connection k = DriverManager.getConnection(c.url() + ";MAX_COMPACT_TIME=0", c.user(), c.password());
                Statement s = k.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT version FROM incident WHERE id = " + incident)) {
                if (!rs.next() || rs.getInt(1) < version) {
                    return "incident " + incident + " version " + version;
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM timeline_entry WHERE id = " + note)) {
                rs.next();
                if (rs.getLong(1) != 1) {
                    return "note " + note;
                }
            }
        } finally {
            deleteTree(copy);
        }
        return null;
    }

    static void deleteTree(Path root) throws java.io.IOException {
        try (var s = Files.walk(root)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
