package org.crisisdesk.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.crisisdesk.common.Actor;
import org.crisisdesk.common.Actor.Role;
import org.crisisdesk.operators.AuditActions;
import org.crisisdesk.operators.AuditLog;
import org.crisisdesk.operators.AuditQuery;
import org.crisisdesk.operators.AuditRecord;
import org.crisisdesk.store.Database;
import org.crisisdesk.store.DatabaseConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The board's text search never matches personal data; a staff member or supervisor may find a
 * case by a whole phone number or name, and that lookup is audited; a viewer may not.
 */
class PersonalDataSearchTest {
    private static final Actor VIEWER = new Actor("访客", Role.VIEWER);

    @TempDir
    Path dir;
    Database db;
    AuditLog audit;
    PersonalDataSearch search;
    CaseQueries queries;
    long open;
    long closed;

    @BeforeEach
    void cases() {
        db = Database.open(DatabaseConfig.h2(dir));
        audit = new AuditLog(db.jdbi(), CaseFixtures.clockAt(10, 0));
        CaseService cases = new CaseService(db.jdbi(), CaseFixtures.clockAt(9, 30),
                new AttachmentStore(dir.resolve("attachments")), List.of());
        NewIncident sofa = CaseFixtures.sofa("138 1234 5678");
        open = cases.create(new NewIncident(sofa.storeCode(), "沙发开裂(顾客 13812345678)", sofa.channel(), sofa.discoveredAt(),
                sofa.customerName(), sofa.honorific(), sofa.customerPhone(), sofa.category(), sofa.riskType(),
                "顾客留了电话 13812345678,要求退货。", sofa.severity(), sofa.responsible(), sofa.signs()),
                List.of(), CaseFixtures.STAFF).id();
        closed = cases.create(CaseFixtures.sofa("13900001111"),
                List.of(CaseFixtures.eveningPaper(CaseFixtures.at(9, 10))), CaseFixtures.STAFF).id();
        db.jdbi().useHandle(h -> h.createUpdate("UPDATE incident SET status = 'CLOSED', closed_at = updated_at "
                + "WHERE id = :id").bind("id", closed).execute());
        search = new PersonalDataSearch(db.jdbi(), audit);
        queries = new CaseQueries(db.jdbi());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static boolean shows(List<CaseSummary> board, String text, long id) {
        BoardFilter f = new BoardFilter(text, null, null, null, null);
        return board.stream().filter(f).anyMatch(c -> c.id() == id);
    }

    @Test
    void theTextSearchMatchesOnlyWhatAnyoneSees() {
        List<CaseSummary> board = queries.openCases();
        assertTrue(shows(board, "沙发", open));
        assertTrue(shows(board, "SH01-2026", open));
        assertTrue(shows(board, "5678", open), "the unmasked tail of the number is on screen");
        assertTrue(shows(board, "138****5678", open), "the masked number as shown");
        assertTrue(!shows(board, "13812345678", open), "a whole phone in the description is masked");
        assertTrue(!shows(board, "张丽", open), "the customer's name is not searched");
        assertEquals("沙发开裂(顾客 138****5678)", board.get(0).shownTitle(), "cards and table show the title masked");

        assertEquals(List.of(closed), queries.closedCases("城市晚报", 0, 10).stream().map(CaseSummary::id).toList());
        assertTrue(queries.closedCases("张丽", 0, 10).isEmpty());
        assertTrue(queries.closedCases("13900001111", 0, 10).isEmpty());
        assertTrue(queries.closedCases("刘记者", 0, 10).isEmpty());
    }

    @Test
    void aViewerFindsNothingByPersonalDataAndNothingIsAudited() {
        long before = audit.head().seq();
        assertTrue(search.find(VIEWER, "13812345678").isEmpty());
        assertTrue(search.find(VIEWER, "张丽").isEmpty());
        assertTrue(search.find(null, "张丽").isEmpty());
        assertEquals(before, audit.head().seq());
    }

    @Test
    void staffFindCasesByAWholePhoneOrNameAndEachLookupIsAudited() {
        List<CaseSummary> found = search.find(CaseFixtures.STAFF, "+86 138-1234-5678");
        assertEquals(List.of(open), found.stream().map(CaseSummary::id).toList());
        AuditRecord last = audit.find(CaseFixtures.SUPERVISOR, AuditQuery.all(1)).get(0);
        assertEquals(AuditActions.SEARCH_PERSONAL_DATA, last.action());
        assertEquals(CaseFixtures.STAFF.name(), last.operator());
        assertEquals(open, last.caseId());
        assertEquals("phone", last.field());
        assertTrue(!last.after().contains("5678"), "the searched number is stored only as a digest");
        assertTrue(audit.digestMatches(open, "13812345678", last.after()).orElseThrow());

        assertTrue(new BoardFilter("+86 138-1234-5678", null, null, null, null,
                found.stream().map(CaseSummary::id).collect(java.util.stream.Collectors.toSet()))
                .test(queries.openCases().get(0)), "the board shows what the lookup found");

        long seq = audit.head().seq();
        assertTrue(search.find(CaseFixtures.STAFF, "1381234567").isEmpty(), "a fragment never matches");
        assertTrue(search.find(CaseFixtures.STAFF, "张").isEmpty(), "one character is no name");
        assertTrue(search.find(CaseFixtures.STAFF, "13700000000").isEmpty());
        assertEquals(seq, audit.head().seq(), "nothing found, nothing to audit");

        assertEquals(Set.of(open, closed), Set.copyOf(search.find(CaseFixtures.SUPERVISOR, "张丽").stream()
                .map(CaseSummary::id).toList()));
        assertEquals(List.of(closed), search.find(CaseFixtures.STAFF, "139 1234 5678").stream()
                .map(CaseSummary::id).toList(), "a journalist's phone, typed differently");
        assertEquals(List.of(closed), search.find(CaseFixtures.STAFF, "刘记者").stream().map(CaseSummary::id).toList());
        assertEquals(seq + 4, audit.head().seq(), "one entry per case found");
        assertTrue(audit.verify().ok());
    }
}
