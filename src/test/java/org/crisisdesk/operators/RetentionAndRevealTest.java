package org.crisisdesk.operators;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crisisdesk.common.Actor;
import org.crisisdesk.common.Actor.Role;
import org.crisisdesk.common.AuditEvent;
import org.crisisdesk.common.UserException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetentionAndRevealTest {
    @TempDir
    Path dir;
    Fixture f;
    final Actor boss = new Actor("王主管", Role.SUPERVISOR);
    final Actor staff = new Actor("小李", Role.STAFF);
    final Actor viewer = new Actor("访客", Role.VIEWER);
    long oldCase;
    long openCase;

    @BeforeEach
    void open() {
        f = new Fixture(dir);
        oldCase = f.incident("S1-2025-0001", "CLOSED", Fixture.START.minus(Duration.ofDays(400)), "张三丰",
                "13812345678", "张三丰来电 13812345678,身份证 11010119900307123X,记者王五 021-87654321 跟进。");
        openCase = f.incident("S1-2026-0002", "OPEN", null, "李四", "13900001111", "李四 13900001111");
        f.jdbi().useHandle(h -> {
            OffsetDateTime now = OffsetDateTime.ofInstant(f.clock.instant(), ZoneOffset.UTC);
            h.createUpdate("INSERT INTO media_contact (incident_id, outlet, media_kind, medium, reach, journalist_name, "
                    + "journalist_phone, interview_outline, received_at, created_at, created_by) VALUES (:id, '城市晚报', "
                    + "'LIVELIHOOD', 'PRINT', 'LOCAL', '王五', '021-87654321', '问张三丰的事', :now, :now, 'x')")
                    .bind("id", oldCase).bind("now", now).execute();
            h.createUpdate("INSERT INTO timeline_entry (incident_id, at, author, kind, field, old_value, new_value, body) "
                    + "VALUES (:id, :now, 'x', 'FIELD', 'customer_name', '张三', '张三丰', NULL), "
                    + "(:id, :now, 'x', 'NOTE', NULL, NULL, NULL, '张三丰说电话是 13812345678'), "
                    + "(:id, :now, 'x', 'FIELD', 'status', 'OPEN', 'CLOSED', NULL)")
                    .bind("id", oldCase).bind("now", now).execute();
        });
        f.audit.append(AuditEvent.of(staff, "CASE_EDIT").on("incident", oldCase).inCase(oldCase)
                .field("description").textChange(null, "张三丰来电"));
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void viewerCannotRevealStaffCanAndItIsAudited() {
        RevealService reveal = new RevealService(f.jdbi(), f.audit);
        UserException e = assertThrows(UserException.class, () -> reveal.reveal(viewer, oldCase));
        assertEquals("permission.denied", e.key());
        RevealedPersonalData data = reveal.reveal(staff, oldCase);
        assertEquals("张三丰", data.customerName());
        assertEquals("13812345678", data.customerPhone());
        assertEquals("王五", data.journalists().get(0).name());
        assertFalse(data.toString().contains("张三丰"));
        AuditRecord last = f.audit.find(boss, AuditQuery.all(1)).get(0);
        assertEquals(AuditActions.REVEAL_PERSONAL_DATA, last.action());
        assertEquals("小李", last.operator());
        assertEquals(oldCase, last.caseId());
        assertEquals("operators.caseNotFound", assertThrows(UserException.class, () -> reveal.reveal(staff, 999)).key());
    }

    @Test
    void erasureAnonymisesOldClosedCasesAndKeepsTheChainValid() {
        List<Long> hooked = new ArrayList<>();
        RetentionService retention = new RetentionService(f.jdbi(), f.audit, f.clock,
                List.of((h, id, anonymise) -> hooked.add(id)));
        assertThrows(UserException.class, () -> retention.erase(retention.cutoff(12), staff));
        AuditRecord digestEntry = f.audit.find(boss, AuditQuery.all(1)).get(0);
        assertTrue(f.audit.digestMatches(oldCase, "张三丰来电", digestEntry.after()).orElseThrow());

        assertEquals(List.of(oldCase), retention.eligible(retention.cutoff(12)));
        assertEquals(List.of(oldCase), retention.erase(retention.cutoff(12), boss));
        assertEquals(List.of(oldCase), hooked);

        Map<String, Object> inc = f.jdbi().withHandle(h -> h.createQuery("SELECT * FROM incident WHERE id = :id")
                .bind("id", oldCase).mapToMap().one());
        assertNull(inc.get("customer_name"));
        assertNull(inc.get("customer_phone"));
        assertNull(inc.get("customer_phone_key"));
        assertEquals("张**来电 138****5678,身份证 110***********123X,记者王* 021-****4321 跟进。", inc.get("description"));
        Map<String, Object> mc = f.jdbi().withHandle(h -> h.createQuery("SELECT * FROM media_contact").mapToMap().one());
        assertNull(mc.get("journalist_name"));
        assertNull(mc.get("journalist_phone"));
        assertEquals("问张**的事", mc.get("interview_outline"));
        List<Map<String, Object>> tl = f.jdbi().withHandle(h -> h.createQuery(
                "SELECT field, old_value, new_value, body FROM timeline_entry ORDER BY id").mapToMap().list());
        assertNull(tl.get(0).get("old_value"));
        assertNull(tl.get(0).get("new_value"));
        assertEquals("张**说电话是 138****5678", tl.get(1).get("body"));
        assertEquals("CLOSED", tl.get(2).get("new_value"));

        Map<String, Object> open = f.jdbi().withHandle(h -> h.createQuery("SELECT * FROM incident WHERE id = :id")
                .bind("id", openCase).mapToMap().one());
        assertEquals("李四", open.get("customer_name"), "open cases keep their data");

        assertTrue(f.audit.digestMatches(oldCase, "张三丰来电", digestEntry.after()).isEmpty(), "key destroyed");
        assertTrue(f.audit.verify().ok());
        assertEquals(AuditActions.ERASE_PERSONAL_DATA, f.audit.find(boss, AuditQuery.all(1)).get(0).action());
        assertTrue(retention.eligible(retention.cutoff(12)).isEmpty(), "erased once");
        assertEquals(List.of(), retention.erase(retention.cutoff(12), boss));
    }

    @Test
    void casesClosedRecentlyAreKept() {
        RetentionService retention = new RetentionService(f.jdbi(), f.audit, f.clock, List.of());
        assertTrue(retention.eligible(retention.cutoff(24)).isEmpty());
    }

    @Test
    void afterARestoreTheRememberedErasuresAndTheRememberedMonthsApplyAgain() {
        RetentionService retention = new RetentionService(f.jdbi(), f.audit, f.clock, List.of());
        // another desk's case that happens to share the id is left alone: ids must match case numbers
        var otherDesk = new RetentionAfterRestore.Memo(Map.of(openCase, "S9-2026-0009"), java.util.Optional.empty());
        assertEquals(List.of(), RetentionAfterRestore.reapply(f.jdbi(), retention, otherDesk, boss));

        var remembered = new RetentionAfterRestore.Memo(Map.of(openCase, "S1-2026-0002"), java.util.Optional.of(12));
        assertEquals(List.of(openCase, oldCase), RetentionAfterRestore.reapply(f.jdbi(), retention, remembered, boss),
                "the erased open case by memory, the old closed one by the months");
        assertEquals("12", new org.crisisdesk.settings.SettingsRepository(f.jdbi())
                .setting(RetentionService.MONTHS_SETTING).orElseThrow());
        assertEquals(remembered.erasedCases(), RetentionAfterRestore.remember(f.jdbi()).erasedCases().entrySet()
                .stream().filter(e -> e.getKey() == openCase)
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        assertEquals(List.of(), RetentionAfterRestore.reapply(f.jdbi(), retention, remembered, boss), "once only");
        assertThrows(UserException.class,
                () -> RetentionAfterRestore.reapply(f.jdbi(), retention, remembered, staff), "supervisors only");
        assertTrue(f.audit.verify().ok());
    }
}
