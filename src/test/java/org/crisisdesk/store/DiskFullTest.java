package org.crisisdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.crisisdesk.cases.AttachmentStore;
import org.crisisdesk.cases.CaseFixtures;
import org.crisisdesk.cases.CaseService;
import org.crisisdesk.common.UserException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The disk fills up under a running desk: the save fails loudly, earlier saves stay, reopen recovers. */
class DiskFullTest {
    @TempDir
    Path dir;

    @AfterEach
    void spaceReturns() {
        FullDisk.full = false;
    }

    @Test
    void aSaveOnAFullDiskFailsEarlierSavesSurviveAndTheDeskReopensWhenSpaceReturns() {
        FullDisk.register();
        try (Database db = Database.open(FullDisk.config(dir))) {
            CaseService cases = new CaseService(db.jdbi(), Clock.systemUTC(),
                    new AttachmentStore(DataDirectory.attachments(dir)), List.of());
            long kept = cases.create(CaseFixtures.sofa("13800138000"), List.of(), CaseFixtures.STAFF).id();
            db.sync();

            FullDisk.full = true;
            assertThrows(RuntimeException.class, () -> {
                cases.create(CaseFixtures.sofa("13800138001"), List.of(), CaseFixtures.STAFF);
                db.sync();
            });
            UserException told = assertThrows(UserException.class, db::sync);
            assertEquals("db.writeFailed", told.key());

            FullDisk.full = false;
            db.reopen();
            assertEquals(List.of(kept), db.jdbi().withHandle(h -> h.createQuery("SELECT id FROM incident")
                    .mapTo(Long.class).list()));
            db.checkConsistency(dir);
            // the work in hand, saved again once there is room
            cases.create(CaseFixtures.sofa("13800138001"), List.of(), CaseFixtures.STAFF);
            db.sync();
            assertEquals(2L, (long) db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM incident")
                    .mapTo(Long.class).one()));
        }
        try (Database db = Database.open(DatabaseConfig.h2(dir))) {
            db.checkConsistency(dir);
        }
    }
}
