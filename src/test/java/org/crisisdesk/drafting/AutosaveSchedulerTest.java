package org.crisisdesk.drafting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.crisisdesk.common.Actor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AutosaveSchedulerTest {
    private static final Actor STAFF = new Actor("小陈", Actor.Role.STAFF);
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final List<String> saved = new CopyOnWriteArrayList<>();
    private final List<Throwable> errors = new CopyOnWriteArrayList<>();

    @AfterEach
    void tearDown() {
        timer.shutdownNow();
    }

    @Test
    void coalescesBurstIntoOneSaveOfTheLatestText() throws Exception {
        AutosaveScheduler a = new AutosaveScheduler(timer, Duration.ofMillis(200), (id, t, who) -> saved.add(id + ":" + t),
                errors::add);
        for (String t : List.of("这", "这个", "这个是", "这个是私单")) {
            a.submit(7, t, STAFF);
        }
        assertTrue(a.hasPending(7));
        // a task submitted after the window has surely run once the scheduler has drained it
        timer.schedule(() -> { }, 400, TimeUnit.MILLISECONDS).get();
        assertEquals(List.of("7:这个是私单"), saved);
        assertFalse(a.hasPending(7));
        assertTrue(errors.isEmpty());
    }

    @Test
    void flushSavesAtOnceAndTheScheduledSaveFindsNothingLeft() throws Exception {
        AutosaveScheduler a = new AutosaveScheduler(timer, Duration.ofMillis(100), (id, t, who) -> saved.add(t),
                errors::add);
        a.submit(1, "甲", STAFF);
        a.submit(2, "乙", STAFF);
        a.flush(1);
        assertEquals(List.of("甲"), saved);
        a.close();
        assertEquals(List.of("甲", "乙"), saved);
        timer.schedule(() -> { }, 300, TimeUnit.MILLISECONDS).get();
        assertEquals(List.of("甲", "乙"), saved);
    }

    @Test
    void failuresAreReportedNotThrown() throws Exception {
        AutosaveScheduler a = new AutosaveScheduler(timer, Duration.ofMillis(10), (id, t, who) -> {
            throw new IllegalStateException("disk full");
        }, errors::add);
        a.submit(1, "甲", STAFF);
        timer.schedule(() -> { }, 100, TimeUnit.MILLISECONDS).get();
        assertEquals(1, errors.size());
    }
}
