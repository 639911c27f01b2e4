package org.crisisdesk.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.crisisdesk.app.demo.DemoData;
import org.crisisdesk.cases.AttachmentStore;
import org.crisisdesk.cases.CaseFixtures;
import org.crisisdesk.cases.CaseService;
import org.crisisdesk.cases.CaseStatus;
import org.crisisdesk.cases.Phones;
import org.crisisdesk.settings.SettingsRepository;
import org.crisisdesk.store.Database;
import org.crisisdesk.store.DatabaseConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
    @TempDir
    Path dir;

    @Test
    void demoFillsAnEmptyDatabaseAndRefusesASecondTime() {
        CliRun.Result first = CliRun.run(dir, "demo");
        assertEquals(0, first.exit(), first.err());
        assertTrue(first.out().contains("已载入演示数据"), first.out());

        try (Database db = Database.open(DatabaseConfig.h2(dir))) {
            var h = db.jdbi();
            int cases = h.withHandle(x -> x.createQuery("SELECT COUNT(*) FROM incident").mapTo(Integer.class).one());
            assertTrue(cases >= 30, "cases: " + cases);
            Set<CaseStatus> statuses = h.withHandle(x -> x.createQuery("SELECT DISTINCT status FROM incident")
                    .mapTo(String.class).stream().map(CaseStatus::valueOf).collect(Collectors.toSet()));
            assertEquals(EnumSet.allOf(CaseStatus.class), statuses);
            List<String> stores = h.withHandle(x -> x.createQuery("SELECT DISTINCT store_code FROM incident")
                    .mapTo(String.class).list());
            assertEquals(4, stores.size());
            List<String> phones = h.withHandle(x -> x.createQuery("SELECT customer_phone FROM incident")
                    .mapTo(String.class).list());
            long valid = phones.stream().filter(Phones::isValid).count();
            assertTrue(valid * 10 >= cases * 7L, "most cases carry a valid phone: " + valid + "/" + cases);
            int withMedia = h.withHandle(x -> x.createQuery(
                    "SELECT COUNT(DISTINCT incident_id) FROM media_contact").mapTo(Integer.class).one());
            assertTrue(withMedia >= 10, "cases with media: " + withMedia);
            int reaches = h.withHandle(x -> x.createQuery("SELECT COUNT(DISTINCT reach) FROM media_contact")
                    .mapTo(Integer.class).one());
            assertEquals(3, reaches);
            int notes = h.withHandle(x -> x.createQuery("SELECT COUNT(*) FROM timeline_entry WHERE kind = 'NOTE'")
                    .mapTo(Integer.class).one());
            assertTrue(notes >= 30, "notes: " + notes);
            int signs = h.withHandle(x -> x.createQuery("SELECT COUNT(*) FROM incident WHERE sign_no_emotion OR "
                    + "sign_identity OR sign_odd_movement OR sign_professional").mapTo(Integer.class).one());
            assertTrue(signs >= 3, "cases with undercover signs: " + signs);
            List<String> authors = h.withHandle(x -> x.createQuery("SELECT DISTINCT created_by FROM incident")
                    .mapTo(String.class).list());
            assertEquals(List.of("王主管"), authors, "written as the demo supervisor, not 命令行");
            List<String> auditors = h.withHandle(x -> x.createQuery("SELECT DISTINCT operator FROM audit_entry")
                    .mapTo(String.class).list());
            assertEquals(List.of("王主管"), auditors, "every demo write is on the chain as the demo supervisor");
            int caseEntries = h.withHandle(x -> x.createQuery(
                    "SELECT COUNT(*) FROM audit_entry WHERE action = 'CASE_CREATE'").mapTo(Integer.class).one());
            assertEquals(cases, caseEntries);
            assertTrue(new org.crisisdesk.operators.AuditLog(h, CliRun.NOW).verify().ok());
            int future = h.withHandle(x -> x.createQuery("SELECT COUNT(*) FROM timeline_entry WHERE at > :now")
                    .bind("now", CliRun.NOW.instant()).mapTo(Integer.class).one());
            assertEquals(0, future, "nothing happens after now");
            assertTrue(new SettingsRepository(h).setting(DemoData.LOADED_SETTING).isPresent());
        }

        CliRun.Result second = CliRun.run(dir, "demo");
        assertEquals(2, second.exit());
        assertTrue(second.err().contains("演示数据已载入"), second.err());
        assertEquals(1, second.err().strip().lines().count(), "one line: " + second.err());
    }

    @Test
    void demoRefusesADatabaseWithOtherCases() {
        try (Database db = Database.open(DatabaseConfig.h2(dir))) {
            new CaseService(db.jdbi(), CaseFixtures.clockAt(9, 30), new AttachmentStore(dir.resolve("attachments")),
                    List.of()).create(CaseFixtures.sofa("13812345678"), List.of(), CaseFixtures.SUPERVISOR);
        }
        CliRun.Result r = CliRun.run(dir, "demo");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("1 件非演示案件"), r.err());
        try (Database db = Database.open(DatabaseConfig.h2(dir))) {
            int cases = db.jdbi().withHandle(x -> x.createQuery("SELECT COUNT(*) FROM incident")
                    .mapTo(Integer.class).one());
            assertEquals(1, cases, "nothing was added");
            assertTrue(new SettingsRepository(db.jdbi()).setting(DemoData.LOADED_SETTING).isEmpty());
        }
    }
}
