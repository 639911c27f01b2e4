package org.crisisdesk.ui.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.crisisdesk.cases.AttachmentStore;
import org.crisisdesk.cases.CaseFixtures;
import org.crisisdesk.cases.CaseQueries;
import org.crisisdesk.cases.CaseService;
import org.crisisdesk.cases.Escalation;
import org.crisisdesk.common.Messages;
import org.crisisdesk.store.DataDirectory;
import org.crisisdesk.store.Database;
import org.crisisdesk.store.FullDisk;
import org.crisisdesk.store.WriteGuard;
import org.crisisdesk.ui.common.Async;
import org.crisisdesk.ui.common.Labels;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new incident saved on a full disk: the form stays filled and locked, and closes into the case later. */
class IntakeOnFullDiskTest {
    @TempDir
    Path dir;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void close() {
        FullDisk.full = false;
        timer.shutdownNow();
    }

    @Test
    void theNewIncidentIsKeptWhileTheDiskIsFullAndCreatedWhenSpaceReturns() {
        FullDisk.register();
        try (Database db = Database.open(FullDisk.config(dir))) {
            Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
            Labels labels = new Labels(messages, CaseFixtures.SHANGHAI);
            WriteGuard writes = new WriteGuard(db::reopen, Runnable::run, timer, Duration.ofHours(1));
            List<String> errors = new ArrayList<>();
            Async async = new Async(Runnable::run, Runnable::run, messages, errors::add, writes);
            CaseService cases = new CaseService(db.jdbi(), CaseFixtures.clockAt(10, 0),
                    new AttachmentStore(DataDirectory.attachments(dir)), List.of(), db::sync);
            CaseQueries queries = new CaseQueries(db.jdbi());
            IntakeViewModel vm = new IntakeViewModel(cases, queries, async, CaseFixtures.clockAt(10, 0), labels,
                    () -> CaseFixtures.STAFF, () -> new Escalation(List.of(), List.of()), writes);
            vm.storeCode.set("SH01");
            vm.title.set("沙发开裂");
            vm.channel.set("ONSITE");
            vm.category.set("QUALITY");
            vm.riskType.set("NEGATIVE_REVIEW");
            vm.description.set("顾客要求退货");

            FullDisk.full = true;
            List<Long> opened = new ArrayList<>();
            vm.save(opened::add);
            assertEquals(List.of(), opened);
            assertTrue(vm.busy.get(), "the form cannot be saved twice while its save is kept");
            assertEquals(messages.get("disk.keptHere"), vm.message().get());
            assertEquals("沙发开裂", vm.title.get(), "the form keeps what was typed");

            FullDisk.full = false;
            writes.retryNow();
            assertEquals(1, opened.size());
            assertEquals("沙发开裂", queries.incident(opened.get(0)).title());
            assertEquals(false, vm.busy.get());
            assertEquals(List.of(), errors);
        }
    }
}
