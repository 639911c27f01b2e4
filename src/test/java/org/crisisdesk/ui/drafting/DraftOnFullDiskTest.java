package org.crisisdesk.ui.drafting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.crisisdesk.common.Actor;
import org.crisisdesk.common.Messages;
import org.crisisdesk.drafting.DefaultScriptSource;
import org.crisisdesk.drafting.DraftKind;
import org.crisisdesk.drafting.DraftService;
import org.crisisdesk.drafting.FakePhraseChecker;
import org.crisisdesk.drafting.FinalReplyListener;
import org.crisisdesk.drafting.PlaceholderValues;
import org.crisisdesk.drafting.TestDb;
import org.crisisdesk.store.Database;
import org.crisisdesk.store.FullDisk;
import org.crisisdesk.store.WriteGuard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A draft's autosave on a full disk: the text stays in the editor and in memory, and is stored later. */
class DraftOnFullDiskTest {
    private static final Actor STAFF = new Actor("小陈", Actor.Role.STAFF);
    @TempDir
    Path dir;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private Database db;

    @BeforeEach
    void open() {
        FullDisk.register();
        db = Database.open(FullDisk.config(dir));
    }

    @AfterEach
    void close() {
        FullDisk.full = false;
        timer.shutdownNow();
        db.close();
    }

    @Test
    void autosavedTextIsKeptWhileTheDiskIsFullAndStoredWhenSpaceReturns() {
        long incident = TestDb.incident(db, "S01-2026-0007");
        DraftService service = new DraftService(db.jdbi(), Clock.systemUTC(), FinalReplyListener.NONE);
        WriteGuard writes = new WriteGuard(db::reopen, Runnable::run, timer, Duration.ofHours(1));
        Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
        DraftingViewModel vm = new DraftingViewModel(incident, service, (i, c) -> PlaceholderValues.NONE,
                new DefaultScriptSource(), new FakePhraseChecker(), Runnable::run, Runnable::run, timer,
                Duration.ofSeconds(30), () -> STAFF, messages, writes);
        vm.newDraft(DraftKind.FORMAL_REPLY, null, null);
        DraftSession s = vm.selectedProperty().get();
        vm.textChanged(s, "您好");
        vm.flushAll();

        FullDisk.full = true;
        vm.textChanged(s, "您好,关于您反映的沙发问题");
        vm.flushAll();
        assertEquals(messages.get("disk.keptHere"), vm.statusProperty().get());
        assertTrue(s.dirtyProperty().get(), "the editor still holds text that is not stored");
        assertEquals(1, writes.status().count());
        vm.textChanged(s, "您好,关于您反映的沙发问题,我们已安排上门检测。");
        vm.flushAll();
        assertEquals(2, writes.status().count());
        vm.markFinal(s); // acts on the stored text: refused while the typed text is only in memory
        assertEquals(messages.get("disk.keptFirst", 2), vm.statusProperty().get());

        FullDisk.full = false;
        writes.retryNow();
        assertEquals("您好,关于您反映的沙发问题,我们已安排上门检测。", service.get(s.id()).text());
        assertEquals(false, s.dirtyProperty().get());
        assertEquals(WriteGuard.Status.OK, writes.status());
    }
}
