package org.crisisdesk.ui.checklist;

import static org.crisisdesk.checklist.ChecklistFixture.SUPERVISOR;
import static org.crisisdesk.checklist.ChecklistFixture.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.crisisdesk.checklist.ChecklistFixture;
import org.crisisdesk.checklist.Step;
import org.crisisdesk.store.FullDisk;
import org.crisisdesk.store.WriteGuard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Completing a step on a full disk: the form stays as typed and busy, the step completes once space returns. */
class StepOnFullDiskTest {
    @TempDir
    Path dir;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private ChecklistFixture f;

    @AfterEach
    void close() {
        FullDisk.full = false;
        timer.shutdownNow();
        if (f != null) {
            f.close();
        }
    }

    @Test
    void aStepCompletedOnAFullDiskIsKeptAndCompletedWhenSpaceReturns() {
        FullDisk.register();
        f = new ChecklistFixture(dir, at("10:03"), FullDisk.config(dir));
        long c = f.newCase();
        f.addContact(c, "城市晚报", at("10:02"), null);
        WriteGuard writes = new WriteGuard(f.db::reopen, Runnable::run, timer, Duration.ofHours(1));
        StepViewModel vm = new StepViewModel(f.service, id -> Optional.empty(), (id, status) -> { },
                Runnable::run, f.clock, () -> SUPERVISOR, StepViewModelTest.ZH, writes);
        vm.load(c);
        assertEquals(Step.REPORT, vm.currentStepProperty().get().key());

        FullDisk.full = true;
        vm.complete(Map.of("上报对象", "区域企划部 李经理", "上报方式", "电话", "上报时间", "10:28"));
        assertEquals(StepViewModelTest.ZH.get("disk.keptHere"), vm.errorProperty().get());
        assertTrue(vm.busyProperty().get(), "the form is not sent twice while its change is kept");
        assertEquals(Step.REPORT, vm.selectedStepProperty().get().key(), "the form was not reloaded away");

        FullDisk.full = false;
        writes.retryNow();
        assertNull(vm.errorProperty().get());
        assertEquals("OUTLINE", vm.currentStepProperty().get().key());
    }
}
