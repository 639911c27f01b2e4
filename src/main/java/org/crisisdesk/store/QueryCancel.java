package org.crisisdesk.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementCustomizer;

/**
 * Lets another thread stop a read that nobody waits for any more: the board's search of closed
 * cases scans every one of them when nothing matches, and a keystroke that makes it stale should
 * not have to share the machine with it while its own frame is drawn. Uses JDBC's
 * {@link Statement#cancel()}, which H2 and PostgreSQL both honour.
 */
public final class QueryCancel {
    /** The read was cancelled: its caller has moved on and wants no answer and no message. */
    public static final class Cancelled extends RuntimeException {
        Cancelled(Throwable cause) {
            super("cancelled", cause, false, false);
        }
    }

    private static final int MAX_REPEATS = 100;
    private static final ScheduledExecutorService REPEAT = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "desk-query-cancel");
        t.setDaemon(true);
        return t;
    });

    private final List<Statement> running = new ArrayList<>();
    private boolean cancelled;

    /** Nothing to cancel: the start of a chain of searches, each cancelling the one before. */
    public static QueryCancel none() {
        QueryCancel done = new QueryCancel();
        done.cancelled = true;
        return done;
    }

    /** Cancels the statements running now and refuses any the same read starts later. */
    public void cancel() {
        synchronized (this) {
            cancelled = true;
        }
        cancelRunning(0);
    }

    /**
     * H2 forgets a cancel that reaches a statement in the moment before it starts executing (it
     * clears the flag as it starts), so the cancel is said again every 20 ms while the statement runs.
     * PostgreSQL's driver sends only the first, and the server ignores a cancel that arrives before
     * the query: then a stale search runs to its end, as it did before there was a cancel.
     */
    private void cancelRunning(int attempt) {
        List<Statement> toCancel;
        synchronized (this) {
            toCancel = List.copyOf(running);
        }
        if (toCancel.isEmpty()) {
            return;
        }
        for (Statement s : toCancel) {
            try {
                s.cancel();
            } catch (SQLException ignored) {
                // already finished or closed: nothing left to stop
            }
        }
        if (attempt < MAX_REPEATS) {
            REPEAT.schedule(() -> cancelRunning(attempt + 1), 20, TimeUnit.MILLISECONDS);
        }
    }

    /** A statement of this read is executing now (tests wait for it before they cancel). */
    synchronized boolean isRunning() {
        return !running.isEmpty();
    }

    public synchronized boolean isCancelled() {
        return cancelled;
    }

    /**
     * Runs a read on {@code h} so that {@link #cancel()} stops it; a read cut short ends in
     * {@link Cancelled}, whatever the driver made of it.
     */
    public <T> T read(Handle h, java.util.function.Function<Handle, T> read) {
        h.addCustomizer(new StatementCustomizer() {
            @Override
            public void beforeExecution(PreparedStatement stmt, StatementContext ctx) throws SQLException {
                synchronized (QueryCancel.this) {
                    if (cancelled) {
                        throw new SQLException("cancelled before it started", "57014");
                    }
                    running.add(stmt);
                }
            }
        });
        try {
            return read.apply(h);
        } catch (RuntimeException e) {
            if (isCancelled()) {
                throw new Cancelled(e);
            }
            throw e;
        } finally {
            synchronized (this) {
                running.clear();
            }
        }
    }
}
