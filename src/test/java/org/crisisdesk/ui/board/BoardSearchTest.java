package org.crisisdesk.ui.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import org.crisisdesk.cases.AttachmentStore;
import org.crisisdesk.cases.CaseFixtures;
import org.crisisdesk.cases.CaseQueries;
import org.crisisdesk.cases.CaseService;
import org.crisisdesk.cases.CaseSummary;
import org.crisisdesk.cases.PersonalDataSearch;
import org.crisisdesk.common.Actor;
import org.crisisdesk.common.Messages;
import org.crisisdesk.operators.AuditLog;
import org.crisisdesk.settings.SettingsRepository;
import org.crisisdesk.store.Database;
import org.crisisdesk.store.DatabaseConfig;
import org.crisisdesk.ui.common.Async;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The board's filter as each role uses it: the phone finds the case for staff, not for a viewer. */
class BoardSearchTest {
    private static final Executor SAME_THREAD = Runnable::run;

    @TempDir
    Path dir;
    Database db;
    AuditLog audit;
    CaseService cases;
    long caseId;

    @BeforeEach
    void open() {
        db = Database.open(DatabaseConfig.h2(dir));
        audit = new AuditLog(db.jdbi(), CaseFixtures.clockAt(10, 0));
        cases = new CaseService(db.jdbi(), CaseFixtures.clockAt(9, 30), new AttachmentStore(dir.resolve("a")), List.of());
        caseId = cases.create(CaseFixtures.sofa("13812345678"), List.of(), CaseFixtures.STAFF).id();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private BoardViewModel board(Actor actor) {
        BoardViewModel vm = new BoardViewModel(new CaseQueries(db.jdbi()), cases, new SettingsRepository(db.jdbi()),
                new Async(SAME_THREAD, SAME_THREAD, new Messages(Locale.SIMPLIFIED_CHINESE), e -> { }),
                CaseFixtures.clockAt(10, 0), () -> actor);
        vm.setPersonalSearch(new PersonalDataSearch(db.jdbi(), audit)::find);
        vm.load();
        return vm;
    }

    private static List<Long> ids(List<CaseSummary> rows) {
        return rows.stream().map(CaseSummary::id).toList();
    }

    @Test
    void staffFindTheCaseByTheCustomersPhoneAndTheLookupIsAudited() {
        BoardViewModel vm = board(CaseFixtures.STAFF);
        assertEquals(List.of(caseId), ids(vm.visible()));
        vm.filterText().set("13812345678");
        assertEquals(List.of(caseId), ids(vm.visible()));
        assertEquals("SEARCH_PERSONAL_DATA", audit.find(CaseFixtures.SUPERVISOR,
                org.crisisdesk.operators.AuditQuery.all(1)).get(0).action());
        vm.filterText().set("1381234567");
        assertTrue(vm.visible().isEmpty(), "a fragment of the number finds nothing");
    }

    @Test
    void aViewerDoesNotFindTheCaseByPhoneOrNameButByWhatTheyCanSee() {
        BoardViewModel vm = board(new Actor("访客", Actor.Role.VIEWER));
        vm.filterText().set("13812345678");
        assertTrue(vm.visible().isEmpty());
        vm.filterText().set("张丽");
        assertTrue(vm.visible().isEmpty());
        vm.filterText().set("沙发");
        assertEquals(List.of(caseId), ids(vm.visible()));
        assertEquals(0, audit.head().seq(), "a viewer's typing is never audited");
    }

    @Test
    void typingSearchesTheDatabaseOnceForTheLastTextWhenTypingPauses() {
        BoardViewModel vm = board(CaseFixtures.STAFF);
        List<String> looked = new java.util.ArrayList<>();
        PersonalDataSearch search = new PersonalDataSearch(db.jdbi(), audit);
        vm.setPersonalSearch((who, text) -> {
            looked.add(text);
            return search.find(who, text);
        });
        List<Runnable> waiting = new java.util.ArrayList<>();
        vm.setSearchScheduler(waiting::add);

        for (String typed : List.of("1", "138", "1381234567", "13812345678")) {
            vm.filterText().set(typed);
        }
        assertEquals(List.of(), looked, "nothing is read from the database while typing");
        assertTrue(vm.visible().isEmpty(), "open cases are filtered at once: no title or outlet holds the digits");

        waiting.get(waiting.size() - 1).run(); // typing paused: the scheduler runs the last search only
        assertEquals(List.of("13812345678"), looked);
        assertEquals(List.of(caseId), ids(vm.visible()));
        assertEquals(1, audit.head().seq(), "one lookup, one audit entry");
    }

    @Test
    void anAnswerForTextTypedBeforeIsIgnored() {
        List<Runnable> database = new java.util.ArrayList<>();
        BoardViewModel vm = new BoardViewModel(new CaseQueries(db.jdbi()), cases, new SettingsRepository(db.jdbi()),
                new Async(database::add, SAME_THREAD, new Messages(Locale.SIMPLIFIED_CHINESE), e -> { }),
                CaseFixtures.clockAt(10, 0), () -> CaseFixtures.STAFF);
        vm.setPersonalSearch(new PersonalDataSearch(db.jdbi(), audit)::find);
        vm.load();
        runAll(database);
        List<Runnable> waiting = new java.util.ArrayList<>();
        vm.setSearchScheduler(waiting::add);

        vm.filterText().set("13812345678");
        waiting.remove(0).run(); // typing paused: the lookup is on its way to the database
        vm.filterText().set("13812345678x"); // and the user types on before it answers
        runAll(database);
        assertTrue(vm.visible().isEmpty(), "the case found for the earlier text is not shown for the new one");
        assertTrue(vm.closed().isEmpty());
    }

    @Test
    void aSearchMadeStaleByTheNextKeystrokeIsCancelledWithoutAWord() {
        List<Runnable> database = new java.util.ArrayList<>();
        List<String> errors = new java.util.ArrayList<>();
        BoardViewModel vm = new BoardViewModel(new CaseQueries(db.jdbi()), cases, new SettingsRepository(db.jdbi()),
                new Async(database::add, SAME_THREAD, new Messages(Locale.SIMPLIFIED_CHINESE), errors::add),
                CaseFixtures.clockAt(10, 0), () -> CaseFixtures.STAFF);
        vm.setPersonalSearch((who, text) -> List.of());
        vm.load();
        runAll(database);
        List<Runnable> waiting = new java.util.ArrayList<>();
        vm.setSearchScheduler(waiting::add);
        List<String> textSearches = new java.util.ArrayList<>();
        db.jdbi().setSqlLogger(new org.jdbi.v3.core.statement.SqlLogger() {
            @Override
            public void logAfterExecution(org.jdbi.v3.core.statement.StatementContext ctx) {
                if (ctx.getRawSql().contains("LIKE :q")) {
                    textSearches.add(ctx.getRawSql());
                }
            }
        });

        vm.filterText().set("沙发");
        waiting.remove(0).run(); // typing paused: the closed search is queued for the database
        vm.filterText().set("沙发x"); // and the user types on before it ran
        runAll(database);
        assertEquals(List.of(), textSearches, "the stale search never reached the database");
        assertEquals(List.of(), errors, "a cancelled search is no failure to report");

        waiting.remove(0).run();
        runAll(database);
        assertEquals(1, textSearches.size(), "the search for the text on screen runs");
        assertEquals(List.of(), errors);
    }

    private static void runAll(List<Runnable> tasks) {
        while (!tasks.isEmpty()) {
            tasks.remove(0).run();
        }
    }
}
