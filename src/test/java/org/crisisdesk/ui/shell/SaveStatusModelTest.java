package org.crisisdesk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import org.crisisdesk.common.Messages;
import org.crisisdesk.common.UserException;
import org.crisisdesk.store.WriteGuard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The banner's wording follows the guard: a warning with the count, then a confirmation that can go. */
class SaveStatusModelTest {
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final AtomicBoolean full = new AtomicBoolean();

    @AfterEach
    void stop() {
        timer.shutdownNow();
    }

    private Object write() {
        if (full.get()) {
            throw new UserException("db.writeFailed", "No space left on device");
        }
        return "saved";
    }

    @Test
    void warnsWithTheCountUntilTheKeptChangesAreSavedThenConfirms() {
        WriteGuard guard = new WriteGuard(() -> { }, Runnable::run, timer, Duration.ofHours(1));
        SaveStatusModel model = new SaveStatusModel(guard, new Messages(Locale.SIMPLIFIED_CHINESE), Runnable::run);
        assertFalse(model.showingProperty().get());

        full.set(true);
        CompletableFuture<Object> first = guard.save(this::write);
        guard.save(this::write);
        guard.save(this::write);
        assertTrue(model.showingProperty().get());
        assertEquals("磁盘空间不足:有 3 项修改尚未保存,已保留在本机内存中,空间恢复后会自动保存。请勿关闭程序。",
                model.textProperty().get());
        assertEquals(3, model.keptProperty().get());
        model.dismiss();
        assertTrue(model.showingProperty().get(), "the warning stays while changes are kept");

        full.set(false);
        guard.retryNow();
        assertEquals("saved", first.join());
        assertEquals(0, model.keptProperty().get());
        assertTrue(model.savedAgainProperty().get());
        assertEquals("磁盘空间已恢复:保留的 3 项修改已全部保存。", model.textProperty().get());
        model.dismiss();
        assertFalse(model.showingProperty().get());
    }

    @Test
    void englishWording() {
        WriteGuard guard = new WriteGuard(() -> { }, Runnable::run, timer, Duration.ofHours(1));
        SaveStatusModel model = new SaveStatusModel(guard, new Messages(Locale.ENGLISH), Runnable::run);
        full.set(true);
        guard.save(this::write);
        assertTrue(model.textProperty().get().startsWith("The disk is full: 1 change(s) are not saved yet. "
                + "They are kept in this computer's memory"), model.textProperty().get());
    }
}
