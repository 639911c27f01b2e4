package org.crisisdesk.store;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.crisisdesk.common.UserException;

/**
 * Keeps the user's work when the disk refuses it. Every save of work in hand (a case edit, a note,
 * a new incident, a draft's text) goes through {@link #save}. When the disk is full, H2 closes the
 * store and the save fails before its commit, so nothing of it is in the file: the guard keeps the
 * save itself (a closure) in memory, in order, and every {@code retryEvery} reopens the database on
 * the storage executor and runs the kept saves again, oldest first. While anything is kept, later
 * saves queue behind it instead of overtaking it, so a closure that reads "the version of my last
 * save" when it runs chains correctly through the queue.
 *
 * <p>All saves run under this object's lock, on whichever background thread calls (storage or
 * autosave), never on the FX thread. Listeners hear each {@link Status} change on that thread.
 */
public final class WriteGuard implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(WriteGuard.class.getName());

    public enum State { OK, WAITING_FOR_SPACE, SAVED_AGAIN }

    /** {@code count}: saves kept in memory while waiting, or saves just written when saved again. */
    public record Status(State state, int count) {
        public static final Status OK = new Status(State.OK, 0);
    }

    private record Kept<T>(Supplier<T> write, CompletableFuture<T> done) {
        void run() {
            done.complete(write.get());
        }

        /** Writes now; completing the future is left to the caller, outside the guard's lock. */
        Runnable attempt() {
            T value = write.get();
            return () -> done.complete(value);
        }
    }

    private final Runnable reopen;
    private final Executor storage;
    private final ScheduledExecutorService timer;
    private final Duration retryEvery;
    private final boolean holds;
    private final Deque<Kept<?>> kept = new ArrayDeque<>();
    private final List<Consumer<Status>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicBoolean retryQueued = new AtomicBoolean();
    private boolean waiting;
    private int depth;
    private ScheduledFuture<?> retries;
    private volatile Status status = Status.OK;

    /**
     * @param reopen     {@link Database#reopen()}: H2 closed the store on the failed write
     * @param storage    where retries run (the desk's single storage thread)
     * @param timer      only posts a retry onto {@code storage} every {@code retryEvery}
     */
    public WriteGuard(Runnable reopen, Executor storage, ScheduledExecutorService timer, Duration retryEvery) {
        this(reopen, storage, timer, retryEvery, true);
    }

    private WriteGuard(Runnable reopen, Executor storage, ScheduledExecutorService timer, Duration retryEvery,
                       boolean holds) {
        this.reopen = reopen;
        this.storage = storage;
        this.timer = timer;
        this.retryEvery = retryEvery;
        this.holds = holds;
    }

    /** Runs every save at once and lets every failure through (tests and tools that need no guard). */
    public static WriteGuard passThrough() {
        return new WriteGuard(() -> { }, Runnable::run, null, Duration.ZERO, false);
    }

    /**
     * Saves now on the calling thread, or keeps the save for later. The future is complete when the
     * save is written (now or after a retry); it completes exceptionally when a kept save fails for
     * another reason on retry (e.g. someone else changed the case meanwhile). A failure that is not
     * the disk's is thrown here as usual, and nothing is kept.
     */
    public <T> CompletableFuture<T> save(Supplier<T> write) {
        Kept<T> k = new Kept<>(write, new CompletableFuture<>());
        synchronized (this) {
            Status changed;
            if (!holds || depth > 0) {
                // a save inside a save: the outer one is kept or not as a whole
                k.run();
                return k.done();
            }
            if (!kept.isEmpty()) {
                kept.addLast(k);
                changed = update(new Status(State.WAITING_FOR_SPACE, kept.size()));
            } else {
                try {
                    depth++;
                    k.run();
                    return k.done();
                } catch (RuntimeException e) {
                    if (!DiskFailures.isDiskFailure(e)) {
                        throw e;
                    }
                    LOG.log(Level.WARNING, "the disk refused a save; kept in memory until space returns", e);
                    kept.addLast(k);
                    changed = startWaiting();
                } finally {
                    depth--;
                }
            }
            publish(changed);
        }
        return k.done();
    }

    /**
     * A save that could not be kept failed (e.g. a checklist step). True when the disk refused it, so
     * the caller can say so in plain words; when it was the database's write, H2 closed the store:
     * the guard starts waiting, reopens it on the next retry, and the window shows the warning.
     */
    public boolean failed(Throwable e) {
        if (!holds || !DiskFailures.isDiskFailure(e)) {
            return false;
        }
        if (!DiskFailures.closedTheStore(e)) {
            return true; // a file outside the database (a backup, an export): nothing to reopen
        }
        synchronized (this) {
            publish(startWaiting());
        }
        return true;
    }

    /**
     * For saves that must not overtake kept work and cannot themselves be kept (finalising a draft):
     * refuses with {@code disk.keptFirst} while anything is kept.
     */
    public void requireNothingKept() {
        if (status.count() > 0 && status.state() == State.WAITING_FOR_SPACE) {
            throw new UserException("disk.keptFirst", status.count());
        }
    }

    public Status status() {
        return status;
    }

    /**
     * Told of every change, in order, on the thread that caused it and under the guard's lock: a
     * listener must only hand the status on (e.g. to the FX thread), never save.
     */
    public void addListener(Consumer<Status> listener) {
        listeners.add(listener);
    }

    /**
     * Reopens the database and runs the kept saves in order; stops at the first the disk refuses
     * again. Runs on the calling thread; the timer calls it on the storage executor.
     */
    public void retryNow() {
        retryQueued.set(false);
        List<Runnable> outcomes = new ArrayList<>();
        synchronized (this) {
            if (!waiting) {
                return;
            }
            publish(replay(outcomes));
        }
        // outside the lock, so an owner's callback may save again; owners hear in the order they saved
        outcomes.forEach(Runnable::run);
    }

    /** Holding the lock: returns the new status, or null when nothing changed. */
    private Status replay(List<Runnable> outcomes) {
        if (!tryReopen()) {
            return null;
        }
        int written = 0;
        while (!kept.isEmpty()) {
            Kept<?> next = kept.peekFirst();
            try {
                depth++;
                outcomes.add(next.attempt());
                written++;
            } catch (RuntimeException e) {
                if (DiskFailures.isDiskFailure(e)) {
                    return outcomes.isEmpty() ? null : update(new Status(State.WAITING_FOR_SPACE, kept.size()));
                }
                // not the disk (e.g. someone else changed the case meanwhile): its owner is told
                LOG.log(Level.WARNING, "a kept save failed on retry", e);
                outcomes.add(() -> next.done().completeExceptionally(e));
            } finally {
                depth--;
            }
            kept.removeFirst();
        }
        waiting = false;
        if (retries != null) {
            retries.cancel(false); // only the timer's task: the storage thread is never interrupted
            retries = null;
        }
        // nothing kept: a reopen does not prove there is space again, so go quiet rather than claim it
        return update(written == 0 ? Status.OK : new Status(State.SAVED_AGAIN, written));
    }

    private Status startWaiting() {
        if (!waiting) {
            waiting = true;
            retries = timer.scheduleWithFixedDelay(this::queueRetry, retryEvery.toMillis(), retryEvery.toMillis(),
                    TimeUnit.MILLISECONDS);
            // reading needs no space: reopen the store H2 closed at once, not at the first retry, so the
            // views can show what is saved while the disk is full
            try {
                storage.execute(this::reopenForReading);
            } catch (RejectedExecutionException shuttingDown) {
                // the retry or the next start reopens it
            }
        }
        return update(new Status(State.WAITING_FOR_SPACE, kept.size()));
    }

    private synchronized void reopenForReading() {
        tryReopen();
    }

    /** Holding the lock: reopens the store H2 closed; false (logged) while it cannot be reopened yet. */
    private boolean tryReopen() {
        try {
            reopen.run();
            return true;
        } catch (RuntimeException e) {
            LOG.log(Level.INFO, "cannot reopen the database yet", e);
            return false;
        }
    }

    private void queueRetry() {
        if (retryQueued.compareAndSet(false, true)) {
            try {
                storage.execute(this::retryNow);
            } catch (RejectedExecutionException shuttingDown) {
                retryQueued.set(false);
            }
        }
    }

    private Status update(Status next) {
        status = next.state() == State.SAVED_AGAIN ? Status.OK : next;
        return next;
    }

    private void publish(Status changed) {
        if (changed != null) {
            listeners.forEach(l -> l.accept(changed));
        }
    }

    @Override
    public synchronized void close() {
        if (retries != null) {
            retries.cancel(false);
            retries = null;
        }
    }
}
