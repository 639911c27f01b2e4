package org.crisisdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A read that nobody waits for any more is stopped, on H2 and on PostgreSQL alike. */
class QueryCancelTest {
    @TempDir
    Path dir;

    /** Minutes of work on either database unless something stops it. */
    private static String endlessSum(String kind) {
        return "postgres".equals(kind)
                ? "SELECT SUM(x) FROM generate_series(1, 4000000000) x WHERE x % 7 = 3"
                : "SELECT SUM(X) FROM SYSTEM_RANGE(1, 4000000000) WHERE MOD(X, 7) = 3";
    }

    private static Long endlessSum(Database db, String kind, QueryCancel cancel) {
        return db.jdbi().withHandle(h -> cancel.read(h, x -> x.createQuery(endlessSum(kind)).mapTo(Long.class).one()));
    }

    /** PostgreSQL has begun executing the sum (a cancel that reaches it now is honoured). */
    private static boolean runningOnTheServer(Database db) {
        String activeSum = "SELECT COUNT(*) FROM pg_stat_activity WHERE state = 'active' AND datname = current_database()"
                + " AND query LIKE '%generate_series%' AND pid <> pg_backend_pid()";
        return db.jdbi().withHandle(h -> h.createQuery(activeSum).mapTo(Integer.class).one()) > 0;
    }

    private static Integer one(Database db, String sql, QueryCancel cancel) {
        return db.jdbi().withHandle(h -> cancel.read(h, x -> x.createQuery(sql).mapTo(Integer.class).one()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void aRunningReadIsStoppedFromAnotherThread(String kind) throws Exception {
        try (Database db = TestDatabases.open(kind, dir)) {
            // a hang guard, not a speed goal: without the cancel the sum runs for minutes
            assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
                // H2, again and again, cancelled the moment it is seen running: H2 forgets a cancel that
                // arrives just before the statement starts, which QueryCancel makes up for by repeating it.
                // PostgreSQL's driver sends one cancel per statement, and the server ignores one that
                // arrives before the query does (a lost cancel only lets a stale search run to its end):
                // there the cancel comes once the query is under way.
                boolean h2 = !"postgres".equals(kind);
                for (int i = 0; i < (h2 ? 20 : 3); i++) {
                    QueryCancel cancel = new QueryCancel();
                    CompletableFuture<Long> sum = CompletableFuture.supplyAsync(() -> endlessSum(db, kind, cancel));
                    while (!cancel.isRunning()) {
                        Thread.onSpinWait();
                    }
                    while (!h2 && !runningOnTheServer(db)) {
                        Thread.onSpinWait();
                    }
                    cancel.cancel();
                    Throwable failure = assertThrows(Exception.class, sum::join);
                    assertTrue(failure.getCause() instanceof QueryCancel.Cancelled, () -> "got " + failure);
                }
            });
            assertEquals(Integer.valueOf(1), one(db, "SELECT 1", new QueryCancel()),
                    "the database answers the next read as before");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void aReadCancelledBeforeItStartsNeverRuns(String kind) {
        try (Database db = TestDatabases.open(kind, dir)) {
            QueryCancel cancel = new QueryCancel();
            cancel.cancel();
            assertThrows(QueryCancel.Cancelled.class, () -> endlessSum(db, kind, cancel));
            assertFalse(cancel.isRunning());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void aReadLeftAloneAnswersAndFailuresThatAreNotCancelsStayWhatTheyAre(String kind) {
        try (Database db = TestDatabases.open(kind, dir)) {
            QueryCancel cancel = new QueryCancel();
            assertEquals(Integer.valueOf(3), one(db, "SELECT 1 + 2", cancel));
            RuntimeException bad = assertThrows(RuntimeException.class,
                    () -> one(db, "SELECT nothing FROM no_such_table", cancel));
            assertFalse(bad instanceof QueryCancel.Cancelled);
            QueryCancel.none().cancel(); // the start of a chain has nothing to stop
        }
    }
}
