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

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void aRunningReadIsStoppedFromAnotherThread(String kind) throws Exception {
        Database db = TestDatabases.open(kind, dir);
        try {
            QueryCancel cancel = new QueryCancel();
            CompletableFuture<Long> sum = CompletableFuture.supplyAsync(() -> db.jdbi().withHandle(h ->
                    cancel.read(h, x -> x.createQuery(endlessSum(kind)).mapTo(Long.class).one())));
            // a hang guard, not a speed goal: without the cancel the sum runs for minutes
            assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
                while (!cancel.isRunning()) {
                    Thread.sleep(10);
                }
                cancel.cancel();
                Throwable failure = assertThrows(Exception.class, sum::join);
                assertTrue(failure.getCause() instanceof QueryCancel.Cancelled, () -> "got " + failure);
            });
            assertEquals(Integer.valueOf(1), db.jdbi().<Integer, RuntimeException>withHandle(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one()),
                    "the database answers the next read as before");
        } finally {
            db.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void aReadCancelledBeforeItStartsNeverRuns(String kind) {
        Database db = TestDatabases.open(kind, dir);
        try {
            QueryCancel cancel = new QueryCancel();
            cancel.cancel();
            assertThrows(QueryCancel.Cancelled.class, () -> db.jdbi().withHandle(h ->
                    cancel.read(h, x -> x.createQuery(endlessSum(kind)).mapTo(Long.class).one())));
            assertFalse(cancel.isRunning());
        } finally {
            db.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void aReadLeftAloneAnswersAndFailuresThatAreNotCancelsStayWhatTheyAre(String kind) {
        Database db = TestDatabases.open(kind, dir);
        try {
            QueryCancel cancel = new QueryCancel();
            assertEquals(Integer.valueOf(3), db.jdbi().<Integer, RuntimeException>withHandle(h ->
                    cancel.read(h, x -> x.createQuery("SELECT 1 + 2").mapTo(Integer.class).one())));
            RuntimeException bad = assertThrows(RuntimeException.class, () -> db.jdbi().withHandle(h ->
                    cancel.read(h, x -> x.createQuery("SELECT nothing FROM no_such_table").mapTo(Integer.class).one())));
            assertFalse(bad instanceof QueryCancel.Cancelled);
            QueryCancel.none().cancel(); // the start of a chain has nothing to stop
        } finally {
            db.close();
        }
    }
}
