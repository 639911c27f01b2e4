package org.crisisdesk.cases;

import static org.crisisdesk.cases.CaseFixtures.STAFF;
import static org.crisisdesk.cases.CaseFixtures.SUPERVISOR;
import static org.crisisdesk.cases.CaseFixtures.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.crisisdesk.settings.SettingsRepository;
import org.crisisdesk.store.Database;
import org.crisisdesk.store.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Case storage on real databases: an H2 file, and PostgreSQL, with the same code and SQL. */
class CaseServiceStorageTest {
    @TempDir
    Path dir;

    private CaseService service(Database db) {
        return new CaseService(db.jdbi(), CaseFixtures.clockAt(10, 2), new AttachmentStore(dir.resolve("att")), List.of());
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void createsAndReadsBackACaseWithItsMediaContact(String kind) {
        try (Database db = TestDatabases.open(kind, dir)) {
            Incident created = service(db).create(CaseFixtures.sofa("138 1234 5678"),
                    List.of(CaseFixtures.eveningPaper(at(10, 2))), SUPERVISOR);
            CaseQueries q = new CaseQueries(db.jdbi());
            Incident read = q.byCaseNo(created.caseNo()).orElseThrow();
            assertEquals("SH01-2026-0001", read.caseNo());
            assertEquals("沙发开裂", read.title());
            assertEquals(CaseStatus.NEW, read.status());
            assertEquals(Honorific.MS, read.honorific());
            assertEquals(at(10, 2), read.createdAt());
            List<MediaContact> media = q.mediaContacts(read.id());
            assertEquals(1, media.size());
            assertEquals("城市晚报", media.get(0).outlet());
            assertEquals(Reach.LOCAL, media.get(0).reach());
            assertEquals(at(10, 2), media.get(0).receivedAt());
            List<TimelineEntry> timeline = q.timeline(read.id());
            assertEquals(List.of("CREATED", "MEDIA"), timeline.stream().map(TimelineEntry::kind).toList());
            assertEquals("王主管", timeline.get(0).author());
            List<CaseSummary> board = q.openCases();
            assertEquals(1, board.size());
            assertEquals("城市晚报", board.get(0).firstOutlet());
            assertEquals(1, q.openCasesByPhone("+86 138-1234-5678").size());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void staleSaveIsRefusedNotOverwritten(String kind) {
        try (Database db = TestDatabases.open(kind, dir)) {
            CaseService s = service(db);
            Incident c = s.create(CaseFixtures.sofa(null), List.of(), SUPERVISOR);
            s.updateField(c.id(), c.version(), IncidentField.TITLE, "沙发扶手开裂", STAFF, "desk-a");
            assertThrows(StaleEditException.class,
                    () -> s.updateField(c.id(), c.version(), IncidentField.TITLE, "别的标题", SUPERVISOR, "desk-b"));
            assertEquals("沙发扶手开裂", new CaseQueries(db.jdbi()).incident(c.id()).title());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void rapidEditsOfOneFieldMergeIntoOneTimelineEntry(String kind) {
        try (Database db = TestDatabases.open(kind, dir)) {
            CaseService s = service(db);
            Incident c = s.create(CaseFixtures.sofa(null), List.of(), SUPERVISOR);
            Incident v = c;
            for (String t : List.of("沙", "沙发", "沙发扶", "沙发扶手开裂")) {
                v = s.updateField(c.id(), v.version(), IncidentField.TITLE, t, STAFF, "session-1");
            }
            s.updateField(c.id(), v.version(), IncidentField.SEVERITY, Severity.II, STAFF, "session-1");
            List<TimelineEntry> fields = new CaseQueries(db.jdbi()).timeline(c.id()).stream()
                    .filter(e -> e.kind().equals("FIELD")).toList();
            assertEquals(2, fields.size());
            assertEquals("沙发开裂", fields.get(0).oldValue());
            assertEquals("沙发扶手开裂", fields.get(0).newValue());
            assertEquals("II", fields.get(1).newValue());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void caseNumbersStayUniqueUnderConcurrentCreation(String kind) throws Exception {
        try (Database db = TestDatabases.open(kind, dir)) {
            CaseService s = service(db);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Callable<String>> jobs = new ArrayList<>();
                for (int i = 0; i < 40; i++) {
                    jobs.add(() -> s.create(CaseFixtures.sofa(null), List.of(), STAFF).caseNo());
                }
                Set<String> numbers = new HashSet<>();
                for (Future<String> f : pool.invokeAll(jobs)) {
                    numbers.add(f.get());
                }
                assertEquals(40, numbers.size());
                assertTrue(numbers.contains("SH01-2026-0040"));
            } finally {
                pool.shutdown();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void movesNotesAndAttachmentsLandOnTheTimeline(String kind) throws Exception {
        try (Database db = TestDatabases.open(kind, dir)) {
            CaseService s = service(db);
            Incident c = s.create(CaseFixtures.sofa(null), List.of(), SUPERVISOR);
            Incident moved = s.moveTo(c.id(), c.version(), CaseStatus.VERIFYING, STAFF);
            assertEquals(CaseStatus.VERIFYING, moved.status());
            s.addNote(c.id(), "已联系顾客,约定明天上门查看。", STAFF);
            Path photo = Files.writeString(dir.resolve("裂缝照片.jpg"), "not really a jpeg");
            Attachment a = s.attach(c.id(), photo, true, STAFF);
            assertEquals(64, a.sha256().length());
            assertTrue(a.personalData());
            assertTrue(Files.exists(s.attachmentFile(a)));
            Incident closed = s.moveTo(c.id(), moved.version(), CaseStatus.CLOSED, SUPERVISOR);
            assertTrue(closed.closedAt() != null);
            CaseQueries q = new CaseQueries(db.jdbi());
            assertEquals(List.of("CREATED", "STATUS", "NOTE", "ATTACHMENT", "STATUS"),
                    q.timeline(c.id()).stream().map(TimelineEntry::kind).toList());
            assertTrue(q.openCases().isEmpty());
            assertEquals(1, q.closedCases("沙发", 0, 10).size());
            assertEquals(0, q.closedCases("冰箱", 0, 10).size());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void closedCasesComeNewestFirstPageByPage(String kind) {
        try (Database db = TestDatabases.open(kind, dir)) {
            List<Long> expected = new ArrayList<>();
            for (int hour : new int[] {3, 1, 5, 5, 2}) { // two closed at the same moment: the newer id first
                CaseService s = new CaseService(db.jdbi(), CaseFixtures.clockAt(11, hour),
                        new AttachmentStore(dir.resolve("att")), List.of());
                Incident c = s.create(CaseFixtures.sofa(null), List.of(), SUPERVISOR);
                s.moveTo(c.id(), c.version(), CaseStatus.CLOSED, SUPERVISOR);
                expected.add(c.id());
            }
            List<Long> byTime = List.of(expected.get(3), expected.get(2), expected.get(0), expected.get(4),
                    expected.get(1));
            CaseQueries q = new CaseQueries(db.jdbi());
            List<Long> paged = new ArrayList<>();
            for (int offset = 0; offset < 5; offset += 2) {
                q.closedCases(null, offset, 2).forEach(c -> paged.add(c.id()));
            }
            assertEquals(byTime, paged);
            assertEquals(byTime.subList(0, 3), q.closedCases("沙发", 0, 3).stream().map(CaseSummary::id).toList());
            // digits take the masked path (filtered after the query): same order, same pages
            assertEquals(byTime.subList(1, 4), q.closedCases("2026", 1, 3).stream().map(CaseSummary::id).toList());
        }
    }

    /**
     * H2 sorted every closed case for one page when the page query also selected the status column.
     * (A text search's plan depends on the table's size: BoardBenchmark measures it at 50,000.)
     */
    @org.junit.jupiter.api.Test
    void aClosedPageIsReadFromTheIndexInOrderWithoutSorting() {
        try (Database db = TestDatabases.open("h2", dir)) {
            String plan = db.jdbi().withHandle(h -> h.createQuery("EXPLAIN " + CaseQueries.closedPageSql())
                    .mapTo(String.class).one());
            assertTrue(plan.contains("INCIDENT_CLOSED_IDX") && plan.contains("/* index sorted */"), plan);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void escalationRouteIsTheHighestOverAllContacts(String kind) {
        try (Database db = TestDatabases.open(kind, dir)) {
            SettingsRepository settings = new SettingsRepository(db.jdbi());
            Escalation e = new Escalation(settings.routes(), settings.rules());
            assertEquals("REGION", e.routeFor(MediaKind.LIVELIHOOD, Reach.LOCAL).orElseThrow().code());
            assertEquals("GROUP_PR", e.routeFor(MediaKind.FINANCIAL, Reach.LOCAL).orElseThrow().code());
            assertEquals("GROUP", e.routeFor(MediaKind.FINANCIAL, Reach.NATIONAL).orElseThrow().code());
            assertEquals("GROUP", e.routeFor(MediaKind.NEWS, Reach.PROVINCIAL).orElseThrow().code());
            assertFalse(settings.contacts().isEmpty());
            assertEquals("星河家居", settings.companyName());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2"})
    void invalidInputIsRefusedWithEveryFieldNamed(String kind) {
        try (Database db = TestDatabases.open(kind, dir)) {
            NewIncident bad = new NewIncident("SH01", " ", null, at(12, 0), "张".repeat(101), Honorific.UNKNOWN,
                    "12345", null, null, null, Severity.IV, null, null);
            ValidationException e = assertThrows(ValidationException.class,
                    () -> service(db).create(bad, List.of(), STAFF));
            assertEquals(Set.of("title", "customerName", "customerPhone", "discoveredAt"),
                    new HashSet<>(e.errors().stream().map(FieldError::field).toList()));
            NewMediaContact late = new NewMediaContact("城市晚报", MediaKind.NEWS, Medium.PRINT, Reach.LOCAL, null, null,
                    null, at(9, 0), null, at(10, 0));
            ValidationException e2 = assertThrows(ValidationException.class,
                    () -> service(db).create(CaseFixtures.sofa(null), List.of(late), STAFF));
            assertEquals("validation.deadlinePast", e2.key());
            assertEquals(0, new CaseQueries(db.jdbi()).countAll());
            assertNull(new CaseQueries(db.jdbi()).byCaseNo("SH01-2026-0001").orElse(null));
        }
    }
}
