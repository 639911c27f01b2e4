package org.crisisdesk.drafting;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.crisisdesk.common.Actor;

/**
 * Coalesces autosaves: the first change of a draft schedules a save one window later; changes in
 * between only replace the pending text, so a draft is written at most about once per window and
 * always with its latest text. A killed process therefore loses at most one window of typing.
 * Saves run on the injected scheduler (off the FX thread); {@link #flush} saves at once on the
 * calling thread. Taking the pending text and saving it happen under one lock, so an older text
 * can never overwrite a newer one.
 */
public final class AutosaveScheduler implements AutoCloseable {
    public static final Duration DEFAULT_WINDOW = Duration.ofSeconds(1);

    /** Writes one text; normally {@code DraftService::saveText}. */
    @FunctionalInterface
    public interface Saver {
        void save(long draftId, String text, Actor actor);
    }

    private record Pending(String text, Actor actor) {
    }

    private final ScheduledExecutorService scheduler;
    private final Duration window;
    private final Saver saver;
    private final Consumer<Throwable> onError;
    private final Map<Long, Pending> pending = new ConcurrentHashMap<>();
    private final Set<Long> scheduled = ConcurrentHashMap.newKeySet();
    private final Object saveLock = new Object();

    public AutosaveScheduler(ScheduledExecutorService scheduler, Duration window, Saver saver,
                             Consumer<Throwable> onError) {
        this.scheduler = Objects.requireNonNull(scheduler);
        this.window = Objects.requireNonNull(window);
        this.saver = Objects.requireNonNull(saver);
        this.onError = Objects.requireNonNull(onError);
    }

    /** Records the latest text of a draft; cheap and non-blocking, safe on the FX thread. */
    public void submit(long draftId, String text, Actor actor) {
        pending.put(draftId, new Pending(text, actor));
        if (scheduled.add(draftId)) {
            try {
                scheduler.schedule(() -> {
                    scheduled.remove(draftId);
                    saveNow(draftId);
                }, window.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException shutDown) {
                scheduled.remove(draftId);
            }
        }
    }

    public boolean hasPending(long draftId) {
        return pending.containsKey(draftId);
    }

    /** Saves the pending text of one draft now, on the calling thread (blocks briefly). */
    public void flush(long draftId) {
        saveNow(draftId);
    }

    /** Saves every pending text now, on the calling thread. */
    public void flushAll() {
        for (Long id : Set.copyOf(pending.keySet())) {
            saveNow(id);
        }
    }

    /** Forgets a pending text without saving it (the draft was restored or finalised elsewhere). */
    public void discard(long draftId) {
        synchronized (saveLock) {
            pending.remove(draftId);
        }
    }

    private void saveNow(long draftId) {
        synchronized (saveLock) {
            Pending p = pending.remove(draftId);
            if (p == null) {
                return;
            }
            try {
                saver.save(draftId, p.text(), p.actor());
            } catch (RuntimeException e) {
                onError.accept(e);
            }
        }
    }

    /** Flushes everything; the scheduler belongs to the caller and is not shut down. */
    @Override
    public void close() {
        flushAll();
    }
}
