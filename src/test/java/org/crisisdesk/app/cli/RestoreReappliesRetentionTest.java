package org.crisisdesk.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.crisisdesk.cases.AttachmentStore;
import org.crisisdesk.common.Actor;
import org.crisisdesk.common.Actor.Role;
import org.crisisdesk.operators.AuditActions;
import org.crisisdesk.operators.AuditLog;
import org.crisisdesk.operators.Fixture;
import org.crisisdesk.operators.RetentionService;
import org.crisisdesk.settings.SettingsRepository;
import org.crisisdesk.store.DataDirectory;
import org.crisisdesk.store.Database;
import org.crisisdesk.store.DatabaseConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a real H2 file: a backup taken before an erasure, restored afterwards, must not bring the
 * erased personal data back; and a backup, which holds unmasked personal data, needs a named
 * staff member or supervisor and is audited.
 */
class RestoreReappliesRetentionTest {
    private static final String BOSS_PIN = "246810";

    @TempDir
    Path dir;
    Path data;
    long erased;
    String idCardSha;

    @BeforeEach
    void desk() {
        data = dir.resolve("data");
        try (Fixture f = new Fixture(data)) {
            Actor boss = f.operators.createFirstSupervisor("王主管", BOSS_PIN.toCharArray());
            f.operators.create(boss, "陈晓", Role.STAFF, "135792".toCharArray());
            f.operators.create(boss, "访客", Role.VIEWER, "864200".toCharArray());
            erased = f.incident("S1-2025-0001", "CLOSED", Fixture.START.minus(Duration.ofDays(400)), "张三丰",
                    "13812345678", "张三丰来电 13812345678");
            idCardSha = personalAttachment(f, erased);
        }
    }

    /** An ID-card photo flagged as personal data, stored the way the desk stores attachments. */
    private String personalAttachment(Fixture f, long incident) {
        try {
            Path source = Files.writeString(dir.resolve("顾客身份证.png"), "id card");
            String sha = new AttachmentStore(DataDirectory.attachments(data)).store(source).sha256();
            f.jdbi().useHandle(h -> h.createUpdate("INSERT INTO attachment (incident_id, sha256, original_name, "
                    + "size_bytes, content_type, personal_data, added_at, added_by) VALUES (:id, :sha, '顾客身份证.png', "
                    + "7, 'image/png', TRUE, CURRENT_TIMESTAMP, 'x')").bind("id", incident).bind("sha", sha).execute());
            return sha;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }


    @Test
    void restoringABackupFromBeforeAnErasureErasesThatCaseAgainOnTheChain() throws Exception {
        Path before = dir.resolve("before-erasure.zip");
        CliRun.Result backup = CliRun.withPin(BOSS_PIN, data, "backup", "--operator", "王主管", "--out", before.toString());
        assertEquals(0, backup.exit(), backup.err());
        assertTrue(Files.isRegularFile(before));

        try (Fixture f = new Fixture(data)) {
            Actor boss = new Actor("王主管", Role.SUPERVISOR);
            RetentionService retention = org.crisisdesk.app.Desk.retentionOn(f.jdbi(), f.audit, f.clock, data);
            assertEquals(List.of(erased), retention.erase(retention.cutoff(12), boss));
            assertTrue(Files.notExists(DataDirectory.attachments(data).resolve(idCardSha)));
            // the policy now in force would not erase this case by itself: only the memo of the erasure does
            new SettingsRepository(f.jdbi()).putSetting(RetentionService.MONTHS_SETTING, "240", boss);
        }

        CliRun.Result restore = CliRun.withPin(BOSS_PIN, data, "restore", before.toString(), "--operator", "王主管");
        assertEquals(0, restore.exit(), restore.err());
        assertTrue(restore.out().contains("已重新清除 1 件"), restore.out());

        try (Database db = Database.open(DatabaseConfig.h2(data))) {
            Map<String, Object> row = db.jdbi().withHandle(h -> h.createQuery(
                    "SELECT customer_name, customer_phone, description FROM incident WHERE id = :id")
                    .bind("id", erased).mapToMap().one());
            assertNull(row.get("customer_name"));
            assertNull(row.get("customer_phone"));
            assertEquals("张**来电 138****5678", row.get("description"));
            assertEquals(Integer.valueOf(1), db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM attachment "
                    + "WHERE erased_at IS NOT NULL AND original_name = ''").mapTo(Integer.class).one()));
            assertTrue(Files.notExists(DataDirectory.attachments(data).resolve(idCardSha)),
                    "the file the backup brought back is deleted again");
            List<String> tail = db.jdbi().withHandle(h -> h.createQuery(
                    "SELECT action FROM audit_entry ORDER BY seq DESC FETCH FIRST 2 ROWS ONLY").mapTo(String.class).list());
            assertEquals(List.of(AuditActions.ERASE_PERSONAL_DATA, AuditActions.BACKUP_RESTORED), tail,
                    "erased again after the restore entry");
            String by = db.jdbi().withHandle(h -> h.createQuery(
                    "SELECT erased_by FROM personal_data_erasure WHERE incident_id = :id").bind("id", erased)
                    .mapTo(String.class).one());
            assertEquals("王主管", by);
            assertTrue(new AuditLog(db.jdbi(), CliRun.NOW).verify().ok());
            assertEquals("240", new SettingsRepository(db.jdbi()).setting(RetentionService.MONTHS_SETTING).orElseThrow(),
                    "the retention setting survives the restore");
        }
    }

    @Test
    void backupNeedsStaffOrASupervisorAndIsAudited() {
        CliRun.Result anonymous = CliRun.run(data, "backup", "--out", dir.resolve("a.zip").toString());
        assertEquals(2, anonymous.exit());
        assertTrue(anonymous.err().contains("--operator"), anonymous.err());

        CliRun.Result viewer = CliRun.withPin("864200", data, "backup", "--operator", "访客", "--out",
                dir.resolve("v.zip").toString());
        assertEquals(2, viewer.exit());
        assertTrue(viewer.err().contains("创建备份") && viewer.err().contains("客服或主管"), viewer.err());
        assertTrue(Files.notExists(dir.resolve("v.zip")));

        Path staffZip = dir.resolve("s.zip");
        CliRun.Result staff = CliRun.withPin("135792", data, "backup", "--operator", "陈晓", "--out", staffZip.toString());
        assertEquals(0, staff.exit(), staff.err());
        try (Database db = Database.open(DatabaseConfig.h2(data))) {
            Map<String, Object> last = db.jdbi().withHandle(h -> h.createQuery(
                    "SELECT operator, action, entity_id, after_value FROM audit_entry ORDER BY seq DESC "
                            + "FETCH FIRST 1 ROWS ONLY").mapToMap().one());
            assertEquals("陈晓", last.get("operator"));
            assertEquals(AuditActions.BACKUP_CREATED, last.get("action"));
            assertEquals("s.zip", last.get("entity_id"));
            assertEquals(staffZip.toAbsolutePath().toString(), last.get("after_value"));
            assertTrue(new AuditLog(db.jdbi(), CliRun.NOW).verify().ok());
        }
    }

    @Test
    void insideTheRunningDeskNoPinIsReadSoOperatorsAreRefused() {
        var reply = org.crisisdesk.app.Main.runInDesk(new org.crisisdesk.common.Messages(java.util.Locale.ENGLISH),
                List.of("--data-dir", data.toString(), "backup", "--operator", "王主管"));
        assertEquals(2, reply.exitCode());
        assertTrue(reply.err().contains("a PIN cannot be handed to it"), reply.err());
    }

    @Test
    void onlyASupervisorMayStartARestoreFromTheWindowOrTheCommandLine() {
        try (Database db = Database.open(DatabaseConfig.h2(data))) {
            var e = org.junit.jupiter.api.Assertions.assertThrows(org.crisisdesk.common.UserException.class,
                    () -> org.crisisdesk.app.wiring.AuditedRestore.Before.read(db, new Actor("陈晓", Role.STAFF)));
            assertEquals("permission.denied", e.key());
            assertEquals(List.of(), org.crisisdesk.app.wiring.AuditedRestore.Before.read(db,
                    new Actor("王主管", Role.SUPERVISOR)).retention().erasedCases().keySet().stream().toList());
        }
        CliRun.Result staff = CliRun.withPin("135792", data, "restore", dir.resolve("x.zip").toString(),
                "--operator", "陈晓");
        assertEquals(2, staff.exit());
        assertTrue(staff.err().contains("主管"), staff.err());
    }
}
