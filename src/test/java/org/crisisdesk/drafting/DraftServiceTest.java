package org.crisisdesk.drafting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crisisdesk.common.Actor;
import org.crisisdesk.common.UserException;
import org.crisisdesk.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DraftServiceTest {
    private static final Actor STAFF = new Actor("小陈", Actor.Role.STAFF);
    private static final Actor BOSS = new Actor("王主管", Actor.Role.SUPERVISOR);

    @TempDir
    Path dir;
    private Database db;
    private long incident;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-14T06:10:00Z"));
    private final List<Draft> notified = new ArrayList<>();
    private DraftService service;
    private final FakePhraseChecker checker = new FakePhraseChecker();

    @BeforeEach
    void setUp() {
        db = TestDb.open(dir);
        incident = TestDb.incident(db, "S01-2026-0001");
        service = new DraftService(db.jdbi(), clock, (h, d, a) -> notified.add(d));
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void autosavesKeepAtMostOneVersionPerMinuteOrPerThirtySaves() {
        Draft d = service.create(incident, DraftKind.CUSTOMER_REPLY, "给王女士", null, "", STAFF);
        service.saveText(d.id(), "您", STAFF);
        for (int i = 0; i < 10; i++) {
            clock.advance(Duration.ofSeconds(1));
            service.saveText(d.id(), "您好" + i, STAFF);
        }
        assertEquals(1, service.versions(d.id()).size(), "first save kept, the next ten within a minute not");
        clock.advance(Duration.ofMinutes(1));
        service.saveText(d.id(), "您好,一分钟后", STAFF);
        assertEquals(2, service.versions(d.id()).size());
        for (int i = 0; i < DraftService.SNAPSHOT_EVERY_SAVES; i++) {
            service.saveText(d.id(), "快速" + i, STAFF);
        }
        assertEquals(3, service.versions(d.id()).size(), "thirty saves in a minute keep one more");
        Draft now = service.get(d.id());
        assertEquals("快速" + (DraftService.SNAPSHOT_EVERY_SAVES - 1), now.text());
        assertEquals(List.of(), db.jdbi().withHandle(h -> h.createQuery("SELECT kind FROM timeline_entry")
                .mapTo(String.class).list()), "autosaves never touch the timeline");
    }

    @Test
    void restoreKeepsTheReplacedTextAsAVersion() {
        Draft d = service.create(incident, DraftKind.HOLDING_REPLY, "暂复", null, "第一稿", STAFF);
        clock.advance(Duration.ofMinutes(2));
        service.saveText(d.id(), "第二稿", STAFF);
        DraftVersion first = service.versions(d.id()).stream().filter(v -> v.text().equals("第一稿")).findFirst().orElseThrow();
        clock.advance(Duration.ofSeconds(5));
        service.saveText(d.id(), "第三稿,未成版本", STAFF);
        Draft restored = service.restore(d.id(), first.id(), STAFF);
        assertEquals("第一稿", restored.text());
        List<DraftVersion> versions = service.versions(d.id());
        assertEquals("第三稿,未成版本", versions.get(0).text());
        assertEquals(DraftVersion.Reason.BEFORE_RESTORE, versions.get(0).reason());
    }

    @Test
    void markFinalRefusedWhileBlockHitOrPlaceholderRemains() {
        Draft d = service.create(incident, DraftKind.FORMAL_REPLY, "正式回复", null, "这个是私单,退不了", STAFF);
        UserException e = assertThrows(UserException.class, () -> service.markFinal(d.id(), STAFF, checker));
        assertEquals("drafting.final.blockedHits", e.key());
        assertEquals(2, e.args()[0]);
        assertEquals("私单、退不了", e.args()[1]);
        service.saveText(d.id(), "我们将于{承诺时间}前答复。", STAFF);
        e = assertThrows(UserException.class, () -> service.markFinal(d.id(), STAFF, checker));
        assertEquals("drafting.final.blockedPlaceholders", e.key());
        assertEquals("{承诺时间}", e.args()[0]);
        service.saveText(d.id(), "我认为可以,我们将于{门店}答复。退不了", STAFF);
        e = assertThrows(UserException.class, () -> service.markFinal(d.id(), STAFF, checker));
        assertEquals("drafting.final.blockedBoth", e.key());
        assertTrue(notified.isEmpty());
    }

    @Test
    void finalTextGoesOnTheTimelineAndTheListenerInTheSameTransaction() {
        Draft d = service.create(incident, DraftKind.FORMAL_REPLY, "回复城市晚报", null, "", STAFF);
        clock.advance(Duration.ofSeconds(3));
        service.saveText(d.id(), "我认为我们会在3月15日前书面答复。", STAFF);
        Draft fin = service.markFinal(d.id(), STAFF, checker);
        assertEquals(DraftState.FINAL, fin.state());
        assertEquals("小陈", fin.finalisedBy());
        assertNull(fin.overrideReason());
        assertEquals(List.of(fin), notified);
        Map<String, Object> row = db.jdbi().withHandle(h -> h.createQuery(
                "SELECT incident_id, author, kind, field, body FROM timeline_entry").mapToMap().one());
        assertEquals(incident, ((Number) row.get("incident_id")).longValue());
        assertEquals("小陈", row.get("author"));
        assertEquals("FINAL_REPLY", row.get("kind"));
        assertEquals("FORMAL_REPLY", row.get("field"));
        assertEquals("我认为我们会在3月15日前书面答复。", row.get("body"));
        assertEquals(fin.text(), service.versions(d.id()).get(0).text(), "a version holds the final text");
        UserException again = assertThrows(UserException.class, () -> service.saveText(d.id(), "改", STAFF));
        assertEquals("drafting.alreadyFinal", again.key());
    }

    @Test
    void finalisingKeepsAVersionOfTextNotYetKept() {
        Draft d = service.create(incident, DraftKind.CUSTOMER_REPLY, "回复", null, "初稿", STAFF);
        clock.advance(Duration.ofSeconds(2));
        service.saveText(d.id(), "定稿文本", STAFF);
        service.markFinal(d.id(), STAFF, checker);
        DraftVersion latest = service.versions(d.id()).get(0);
        assertEquals(DraftVersion.Reason.BEFORE_FINAL, latest.reason());
        assertEquals("定稿文本", latest.text());
    }

    @Test
    void overrideOnlyForSupervisorsWithAReason() {
        Draft d = service.create(incident, DraftKind.HOLDING_REPLY, "暂复", null, "这是私单。{承诺时间}", STAFF);
        assertEquals("drafting.override.notSupervisor", assertThrows(UserException.class,
                () -> service.markFinalWithOverride(d.id(), STAFF, checker, "总部同意")).key());
        assertEquals("drafting.override.reasonRequired", assertThrows(UserException.class,
                () -> service.markFinalWithOverride(d.id(), BOSS, checker, "  ")).key());
        Draft fin = service.markFinalWithOverride(d.id(), BOSS, checker, "集团企划已书面批准此措辞");
        assertEquals("集团企划已书面批准此措辞", fin.overrideReason());
        List<String> kinds = db.jdbi().withHandle(h -> h.createQuery(
                "SELECT kind || ':' || body FROM timeline_entry ORDER BY id").mapTo(String.class).list());
        assertEquals(List.of("FINAL_REPLY:这是私单。{承诺时间}", "FINAL_OVERRIDE:集团企划已书面批准此措辞"), kinds);
    }

    @Test
    void listenerRefusalRollsBackTheFinalisation() {
        DraftService refusing = new DraftService(db.jdbi(), clock, (h, d, a) -> {
            throw new UserException("checklist.step6NotDone");
        });
        Draft d = refusing.create(incident, DraftKind.FORMAL_REPLY, "正式回复", null, "感谢您的关注。", STAFF);
        assertThrows(UserException.class, () -> refusing.markFinal(d.id(), STAFF, checker));
        assertEquals(DraftState.DRAFT, refusing.get(d.id()).state());
        int rows = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM timeline_entry")
                .mapTo(Integer.class).one());
        assertEquals(0, rows);
    }

    @Test
    void listsDraftsOfTheCaseNewestFirst() {
        service.create(incident, DraftKind.CUSTOMER_REPLY, "一", null, "", STAFF);
        clock.advance(Duration.ofSeconds(1));
        Draft second = service.create(incident, DraftKind.SOCIAL_POST, "二", 99L, "", STAFF);
        assertNull(second.mediaContactId(), "only replies to an outlet carry a media contact");
        assertEquals(List.of("二", "一"), service.list(incident).stream().map(Draft::title).toList());
    }
}
