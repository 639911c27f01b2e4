package org.crisisdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.ZipFile;
import org.crisisdesk.cases.AttachmentStore;
import org.crisisdesk.cases.CaseFixtures;
import org.crisisdesk.cases.CaseService;
import org.crisisdesk.common.UserException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupRestoreTest {
    @TempDir
    Path dir;
    @TempDir
    Path files;

    private CaseService cases(Database db) {
        return new CaseService(db.jdbi(), Clock.systemUTC(), new AttachmentStore(DataDirectory.attachments(dir)),
                List.of());
    }

    private static long count(Database db, String table) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one());
    }

    @Test
    void aBackupTakenUnderConcurrentWritesIsConsistentAndHoldsItsAttachments() throws Exception {
        Path backup;
        List<Double> progress = new ArrayList<>();
        try (Database db = Database.open(DatabaseConfig.h2(dir))) {
            CaseService cases = cases(db);
            AtomicBoolean stop = new AtomicBoolean();
            java.util.concurrent.atomic.AtomicInteger saved = new java.util.concurrent.atomic.AtomicInteger();
            CompletableFuture<Integer> writer = CompletableFuture.supplyAsync(() -> {
                int n = 0;
                while (!stop.get() || n < 20) {
                    var c = cases.create(CaseFixtures.sofa("1380013800" + (n % 10)), List.of(), CaseFixtures.STAFF);
                    try {
                        Path f = Files.writeString(files.resolve("f" + n + ".txt"), "evidence " + n);
                        cases.attach(c.id(), f, false, CaseFixtures.STAFF);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    n++;
                    saved.set(n);
                }
                return n;
            });
            while (saved.get() < 5 && !writer.isDone()) {
                Thread.onSpinWait(); // some cases with their files before the backup starts, more while it runs
            }
            backup = new BackupService(db, dir, Clock.systemUTC()).backupNow(progress::add);
            stop.set(true);
            assertTrue(writer.get() >= 20);
        }
        assertEquals(1.0, progress.get(progress.size() - 1));
        assertTrue(backup.getFileName().toString().endsWith("-manual.zip"), backup.toString());
        RestoreService.Checked checked = new RestoreService(dir, Clock.systemUTC()).validate(backup);
        assertTrue(checked.cases() > 0, "the snapshot holds cases");
        // every attachment row of the snapshot finds its file; the zip may hold a few newer files.
        // (A case can be in the snapshot without its attachment yet: create and attach are two saves.)
        Path snapshot = dir.resolve("snapshot-check");
        Files.createDirectories(snapshot);
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            try (var in = zip.getInputStream(zip.getEntry("crisisdesk.mv.db"))) {
                Files.copy(in, snapshot.resolve("crisisdesk.mv.db"));
            }
            List<String> rows;
            try (Database copy = Database.openExisting(DatabaseConfig.h2(snapshot), snapshot).orElseThrow()) {
                rows = copy.jdbi().withHandle(h -> h.createQuery("SELECT sha256 FROM attachment").mapTo(String.class)
                        .list());
            }
            assertTrue(!rows.isEmpty(), "the snapshot holds attachment rows");
            for (String sha : rows) {
                assertNotNull(zip.getEntry("attachments/" + sha), "file of attachment " + sha);
            }
        }
    }

    @Test
    void restoreBringsBackTheBackupKeepsTheCurrentAsideAndReopensCleanlyTwice() {
        Path backup;
        try (Database db = Database.open(DatabaseConfig.h2(dir))) {
            cases(db).create(CaseFixtures.sofa("13800138000"), List.of(), CaseFixtures.STAFF);
            backup = new BackupService(db, dir, Clock.systemUTC()).backupNow(H2Maintenance.Progress.NONE);
            cases(db).create(CaseFixtures.sofa("13800138001"), List.of(), CaseFixtures.STAFF);
            assertEquals(2, count(db, "incident"));
        }
        RestoreService restore = new RestoreService(dir, Clock.systemUTC());
        assertEquals(1, restore.validate(backup).cases());
        Path aside = restore.restore(backup);
        assertNotNull(aside);
        assertTrue(aside.getFileName().toString().endsWith("-before-restore.zip"));
        for (int i = 0; i < 2; i++) {
            try (Database db = Database.open(DatabaseConfig.h2(dir))) {
                assertEquals(1, count(db, "incident"));
                db.checkConsistency(files);
            }
        }
        // the database as it was before the restore can itself be restored
        assertEquals(2, restore.validate(aside).cases());
    }

    @Test
    void rotationKeepsTheConfiguredNumber() {
        try (Database db = Database.open(DatabaseConfig.h2(dir))) {
            db.jdbi().useHandle(h -> h.execute(
                    "INSERT INTO app_setting (setting_key, setting_value) VALUES ('backup.keep', '3')"));
            BackupService backups = new BackupService(db, dir, Clock.systemUTC());
            for (int i = 0; i < 5; i++) {
                backups.backupNow(H2Maintenance.Progress.NONE);
            }
            assertEquals(3, backups.list().size());
            assertEquals(3, backups.keep());
        }
    }

    @Test
    void theDailySchedulerBacksUpOnlyWhenTheNewestIsADayOld() {
        try (Database db = Database.open(DatabaseConfig.h2(dir))) {
            List<UserException> failures = new ArrayList<>();
            BackupService backups = new BackupService(db, dir, Clock.systemUTC());
            BackupScheduler scheduler = new BackupScheduler(backups, Clock.systemUTC(), failures::add);
            assertTrue(scheduler.runIfDue());
            assertTrue(!scheduler.runIfDue());
            Clock tomorrow = Clock.offset(Clock.systemUTC(), java.time.Duration.ofHours(25));
            List<Path> taken = new ArrayList<>();
            assertTrue(new BackupScheduler(backups, tomorrow, failures::add, taken::add).runIfDue());
            assertEquals(List.of(), failures);
            assertEquals(1, taken.size(), "the desk hears of the backup, to put it on the audit chain");
            assertTrue(java.nio.file.Files.isRegularFile(taken.get(0)), taken.toString());
            scheduler.start();
            scheduler.close();
        }
    }

    @Test
    void aFullDiskDuringBackupTellsTheUserAndLeavesEarlierBackupsIntact() throws Exception {
        try (Database db = Database.open(DatabaseConfig.h2(dir))) {
            BackupService backups = new BackupService(db, dir, Clock.systemUTC());
            Path good = backups.backupNow(H2Maintenance.Progress.NONE);
            long size = Files.size(good);
            // a path below a regular file cannot be written, whoever we run as (tests run as root)
            Path blocked = Files.writeString(files.resolve("not-a-folder"), "x").resolve("b.zip");
            UserException e = assertThrows(UserException.class,
                    () -> backups.backupTo(blocked, H2Maintenance.Progress.NONE));
            assertEquals("backup.cannotWrite", e.key());
            assertEquals(size, Files.size(good));
            new RestoreService(dir, Clock.systemUTC()).validate(good);
            assertEquals(1, backups.list().size());
        }
    }

    @Test
    void aFileThatIsNotABackupIsRefusedAndNothingChanges() throws Exception {
        Database.open(DatabaseConfig.h2(dir)).close();
        Path junk = Files.writeString(files.resolve("junk.zip"), "not a zip");
        UserException e = assertThrows(UserException.class,
                () -> new RestoreService(dir, Clock.systemUTC()).restore(junk));
        assertEquals("restore.notABackup", e.key());
        assertEquals(List.of(), BackupFiles.list(dir));
        Database.open(DatabaseConfig.h2(dir)).close();
    }

    @Test
    void aDataFolderBelowARegularFileIsReportedAsNotWritable() throws Exception {
        Path file = Files.writeString(files.resolve("medium"), "x");
        UserException e = assertThrows(UserException.class, () -> Database.prepareDataDirectory(file.resolve("data")));
        assertEquals("datadir.notWritable", e.key());
    }
}
