package org.crisisdesk.store;

import static org.crisisdesk.cases.CaseFixtures.STAFF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.crisisdesk.cases.AttachmentStore;
import org.crisisdesk.cases.CaseFixtures;
import org.crisisdesk.cases.CaseService;
import org.crisisdesk.cases.Incident;
import org.crisisdesk.cases.IncidentField;
import org.crisisdesk.cases.StaleEditException;
import org.crisisdesk.common.UserException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The disk fills up under the desk's saves: the work is kept, in order, and written once space returns. */
class WriteGuardTest {
    @TempDir
    Path dir;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final List<WriteGuard.Status> heard = new CopyOnWriteArrayList<>();
    private Database db;
    private CaseService cases;

    @BeforeEach
    void open() {
        FullDisk.register();
        db = Database.open(FullDisk.config(dir));
        cases = new CaseService(db.jdbi(), Clock.systemUTC(), new AttachmentStore(DataDirectory.attachments(dir)),
                List.of(), db::sync);
    }

    @AfterEach
    void close() {
        FullDisk.full = false;
        FullDisk.flushFails = false;
        timer.shutdownNow();
        db.close();
    }

    /** Retries only when the test says so: an hour between timer ticks. */
    private WriteGuard manualGuard() {
        WriteGuard guard = new WriteGuard(db::reopen, Runnable::run, timer, Duration.ofHours(1));
        guard.addListener(heard::add);
        return guard;
    }

    @Test
    void workSavedOnAFullDiskIsKeptInOrderAndWrittenWhenSpaceReturns() throws Exception {
        WriteGuard guard = manualGuard();
        Incident earlier = cases.create(CaseFixtures.sofa("13800138000"), List.of(), STAFF);
        AtomicReference<Incident> latest = new AtomicReference<>(earlier);

        FullDisk.full = true;
        CompletableFuture<Incident> title = guard.save(() -> edit(latest, IncidentField.TITLE, "沙发扶手开裂"));
        CompletableFuture<?> note = guard.save(() -> cases.addNote(earlier.id(), "顾客来电催促", STAFF));
        CompletableFuture<Incident> second = guard.save(() -> cases.create(CaseFixtures.sofa("13800138001"),
                List.of(), STAFF));
        // the UI's copy was never bumped: the kept edits chain their versions through the queue
        CompletableFuture<Incident> responsible = guard.save(() -> edit(latest, IncidentField.RESPONSIBLE, "陈晓"));
        assertFalse(title.isDone() || note.isDone() || second.isDone() || responsible.isDone());
        assertEquals(new WriteGuard.Status(WriteGuard.State.WAITING_FOR_SPACE, 4), guard.status());
        assertThrows(UserException.class, guard::requireNothingKept);

        guard.retryNow(); // still full: everything stays kept
        assertEquals(4, guard.status().count());

        FullDisk.full = false;
        guard.retryNow();
        assertTrue(title.isDone() && note.isDone() && second.isDone() && responsible.isDone());
        assertEquals(WriteGuard.Status.OK, guard.status());
        assertEquals(new WriteGuard.Status(WriteGuard.State.SAVED_AGAIN, 4), heard.get(heard.size() - 1));

        Incident stored = new org.crisisdesk.cases.CaseQueries(db.jdbi()).incident(earlier.id());
        assertEquals("沙发扶手开裂", stored.title());
        assertEquals("陈晓", stored.responsible());
        assertEquals(earlier.version() + 2, stored.version());
        assertEquals(earlier.caseNo(), stored.caseNo());
        assertEquals(List.of("CREATED", "FIELD", "NOTE", "FIELD"), db.jdbi().withHandle(h -> h.createQuery(
                "SELECT kind FROM timeline_entry WHERE incident_id = :id ORDER BY id").bind("id", earlier.id())
                .mapTo(String.class).list()));
        assertEquals(2L, (long) db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM incident")
                .mapTo(Long.class).one()));
        db.checkConsistency(dir);
    }

    @Test
    void whatIsSavedCanBeReadAtOnceAfterTheDiskRefusedASave() {
        WriteGuard guard = manualGuard();
        Incident earlier = cases.create(CaseFixtures.sofa("13800138000"), List.of(), STAFF);
        FullDisk.full = true;
        guard.save(() -> cases.addNote(earlier.id(), "顾客来电催促", STAFF));
        assertEquals(1, guard.status().count());
        // H2 closed the store on the refused write; the guard reopened it without waiting for a retry
        assertEquals(earlier.title(), new org.crisisdesk.cases.CaseQueries(db.jdbi()).incident(earlier.id()).title());
    }

    @Test
    void anEditWhoseCommitLandedBeforeTheFlushFailedIsNotRefusedAsStaleWhenRepeated() {
        WriteGuard guard = manualGuard();
        Incident earlier = cases.create(CaseFixtures.sofa("13800138000"), List.of(), STAFF);
        AtomicReference<Incident> latest = new AtomicReference<>(earlier);

        FullDisk.flushFails = true; // the commit is written; CHECKPOINT SYNC then fails
        CompletableFuture<Incident> title = guard.save(() -> edit(latest, IncidentField.TITLE, "沙发扶手开裂"));
        CompletableFuture<Incident> responsible = guard.save(() -> edit(latest, IncidentField.RESPONSIBLE, "陈晓"));
        assertFalse(title.isDone());
        FullDisk.flushFails = false;
        db.reopen();
        // the first commit did reach the file: repeating it must not be refused as a stale copy
        assertEquals("沙发扶手开裂", new org.crisisdesk.cases.CaseQueries(db.jdbi()).incident(earlier.id()).title());
        guard.retryNow();

        assertFalse(title.isCompletedExceptionally() || responsible.isCompletedExceptionally());
        Incident stored = new org.crisisdesk.cases.CaseQueries(db.jdbi()).incident(earlier.id());
        assertEquals("沙发扶手开裂", stored.title());
        assertEquals("陈晓", stored.responsible());
        db.checkConsistency(dir);
    }

    @Test
    void theTimerRetriesOnTheStorageThreadUntilSpaceReturns() throws Exception {
        ExecutorService storage = Executors.newSingleThreadExecutor();
        try {
            WriteGuard guard = new WriteGuard(db::reopen, storage, timer, Duration.ofMillis(50));
            Incident earlier = cases.create(CaseFixtures.sofa("13800138000"), List.of(), STAFF);
            FullDisk.full = true;
            CompletableFuture<?> note = storage.submit(() -> guard.save(
                    () -> cases.addNote(earlier.id(), "记者来电", STAFF))).get();
            assertFalse(note.isDone());
            FullDisk.full = false;
            note.get(20, TimeUnit.SECONDS);
            assertEquals(1L, (long) db.jdbi().withHandle(h -> h.createQuery(
                    "SELECT COUNT(*) FROM timeline_entry WHERE kind = 'NOTE'").mapTo(Long.class).one()));
        } finally {
            storage.shutdown();
            storage.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void otherFailuresAreThrownAtOnceAndAKeptSaveThatTurnsStaleIsReportedToItsOwner() throws Exception {
        WriteGuard guard = manualGuard();
        Incident earlier = cases.create(CaseFixtures.sofa("13800138000"), List.of(), STAFF);
        assertThrows(StaleEditException.class, () -> guard.save(() -> cases.updateField(earlier.id(),
                earlier.version() + 5, IncidentField.TITLE, "x", STAFF, "s")));
        assertEquals(WriteGuard.Status.OK, guard.status());

        FullDisk.full = true;
        CompletableFuture<?> first = guard.save(() -> cases.addNote(earlier.id(), "先保存", STAFF));
        CompletableFuture<Incident> stale = guard.save(() -> cases.updateField(earlier.id(), earlier.version() + 5,
                IncidentField.TITLE, "x", STAFF, "s"));
        CompletableFuture<?> after = guard.save(() -> cases.addNote(earlier.id(), "照常保存", STAFF));
        FullDisk.full = false;
        guard.retryNow();
        ExecutionException refused = assertThrows(ExecutionException.class, stale::get);
        assertTrue(refused.getCause() instanceof StaleEditException);
        assertTrue(first.isDone() && after.isDone() && !after.isCompletedExceptionally());
        assertEquals(WriteGuard.Status.OK, guard.status());
    }

    @Test
    void aFailureThatCouldNotBeKeptStillStartsTheWaitAndTheReopen() {
        WriteGuard guard = manualGuard();
        FullDisk.full = true;
        RuntimeException refused = assertThrows(RuntimeException.class,
                () -> cases.create(CaseFixtures.sofa("13800138000"), List.of(), STAFF));
        assertTrue(guard.failed(refused));
        assertEquals(new WriteGuard.Status(WriteGuard.State.WAITING_FOR_SPACE, 0), guard.status());
        FullDisk.full = false;
        guard.retryNow();
        assertEquals(WriteGuard.Status.OK, guard.status());
        cases.create(CaseFixtures.sofa("13800138000"), List.of(), STAFF);
    }

    @Test
    void diskFailuresAreToldFromOtherFailures() {
        assertTrue(DiskFailures.isDiskFailure(new UserException("db.writeFailed", "x")));
        assertTrue(DiskFailures.isDiskFailure(new UserException(new IOException("No space left on device"),
                "attachment.cannotStore", "x")));
        assertTrue(DiskFailures.isDiskFailure(new RuntimeException(new java.sql.SQLException("closed", "90098",
                org.h2.api.ErrorCode.DATABASE_IS_CLOSED))));
        assertFalse(DiskFailures.isDiskFailure(new StaleEditException("SH01-2026-0001")));
        assertFalse(DiskFailures.isDiskFailure(new UserException(new IOException("Permission denied"),
                "attachment.cannotStore", "x")));
        assertFalse(DiskFailures.isDiskFailure(new IllegalStateException()));
        // a backup or an export that found no space: reported, but the database needs no reopening
        assertFalse(DiskFailures.closedTheStore(new UserException(new IOException("No space left on device"),
                "backup.cannotWrite", "x", "y")));
        WriteGuard guard = manualGuard();
        assertTrue(guard.failed(new IOException("No space left on device")));
        assertEquals(WriteGuard.Status.OK, guard.status());
    }

    private Incident edit(AtomicReference<Incident> latest, IncidentField field, String value) {
        Incident saved = cases.updateField(latest.get().id(), latest.get().version(), field, value, STAFF, "session");
        latest.set(saved);
        return saved;
    }
}
