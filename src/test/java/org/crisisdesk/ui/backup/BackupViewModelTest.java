package org.crisisdesk.ui.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import org.crisisdesk.common.Messages;
import org.crisisdesk.store.BackupService;
import org.crisisdesk.store.Database;
import org.crisisdesk.store.DatabaseConfig;
import org.crisisdesk.store.RestoreService;
import org.crisisdesk.ui.common.Async;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupViewModelTest {
    private static final Executor SAME_THREAD = Runnable::run;
    private static final Messages EN = new Messages(Locale.ENGLISH);

    @TempDir
    Path dir;

    private Database db;

    @Test
    void backUpNowThenRestoreThroughTheDesksCloseSwapReopenSequence() {
        db = Database.open(DatabaseConfig.h2(dir));
        List<String> errors = new ArrayList<>();
        Async async = new Async(SAME_THREAD, SAME_THREAD, EN, errors::add);
        RestoreService restore = new RestoreService(dir, Clock.systemUTC());
        BackupViewModel model = new BackupViewModel(new BackupService(db, dir, Clock.systemUTC()), restore, async,
                backup -> {
                    // what the desk does: close, swap, reopen (and rebuild its services on the new Database)
                    db.close();
                    Path aside = restore.restore(backup);
                    db = Database.open(DatabaseConfig.h2(dir));
                    return aside;
                });
        model.backupNow();
        assertFalse(model.busyProperty().get());
        assertEquals(1.0, model.progressProperty().get());
        assertTrue(model.statusProperty().get().startsWith("Backup written"), model.statusProperty().get());
        assertEquals(1, model.backupList().size());

        model.check(model.backupList().get(0).file());
        assertNotNull(model.pendingRestoreProperty().get());
        model.confirmRestore();
        assertNull(model.pendingRestoreProperty().get());
        assertTrue(model.statusProperty().get().startsWith("Restored"), model.statusProperty().get());
        assertEquals(2, model.backupList().size(), "the database before the restore is kept as a backup");
        assertEquals(List.of(), errors);
        db.close();
    }

    @Test
    void aRefusedOperatorGetsNoBackupAndATakenOneIsReportedForTheAuditChain() {
        try (Database d = Database.open(DatabaseConfig.h2(dir))) {
            Async async = new Async(SAME_THREAD, SAME_THREAD, EN, e -> { });
            BackupViewModel model = new BackupViewModel(new BackupService(d, dir, Clock.systemUTC()),
                    new RestoreService(dir, Clock.systemUTC()), async, b -> b);
            org.crisisdesk.common.Actor viewer = new org.crisisdesk.common.Actor("访客", org.crisisdesk.common.Actor.Role.VIEWER);
            List<Path> audited = new ArrayList<>();
            model.setAuditing(() -> org.crisisdesk.operators.Permissions.require(viewer,
                    org.crisisdesk.operators.Permissions.Action.CREATE_BACKUP), audited::add);
            model.backupNow();
            assertEquals(0, new BackupService(d, dir, Clock.systemUTC()).list().size(), "no backup for a viewer");
            assertTrue(audited.isEmpty());
            assertFalse(model.statusProperty().get().startsWith("Backup written"), model.statusProperty().get());

            model.setAuditing(() -> { }, audited::add);
            model.backupNow();
            assertEquals(1, audited.size());
            assertTrue(audited.get(0).getFileName().toString().endsWith(".zip"), audited.toString());
        }
    }
}
