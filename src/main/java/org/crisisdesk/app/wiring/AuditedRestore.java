package org.crisisdesk.app.wiring;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.crisisdesk.app.Desk;
import org.crisisdesk.common.Actor;
import org.crisisdesk.operators.AuditLog;
import org.crisisdesk.operators.ChainHead;
import org.crisisdesk.operators.Permissions;
import org.crisisdesk.operators.RetentionAfterRestore;
import org.crisisdesk.store.Database;
import org.crisisdesk.store.DatabaseConfig;
import org.crisisdesk.store.RestoreService;

/**
 * The restore both the window and {@code restore FILE} run: swap the backup in, record the restore
 * on the audit chain with the head from before, then let retention erase again what the replaced
 * data had erased (see {@link RetentionAfterRestore}). Plain Java; the caller closes its database first.
 */
public final class AuditedRestore {
    private AuditedRestore() {
    }

    /**
     * Read from the database about to be replaced, while it is still open: the first step, so an
     * operator who may not restore (or erase, which the restore then does) is refused before
     * anything is closed.
     */
    public record Before(ChainHead head, RetentionAfterRestore.Memo retention) {
        public static Before read(Database current, Actor actor) {
            Permissions.require(actor, Permissions.Action.RESTORE_BACKUP);
            return new Before(new AuditLog(current.jdbi(), Clock.systemUTC()).head(),
                    RetentionAfterRestore.remember(current.jdbi()));
        }
    }

    /** The backup of the replaced data (null when there was none) and the cases anonymised again. */
    public record After(Path aside, List<Long> erasedAgain) {
    }

    /**
     * Swaps {@code backup} in (no database on the folder may be open). With an actor, the restore is
     * audited and retention re-applied as that actor; without one (a desk that had no database
     * yet, so nothing was erased) the data is only swapped in.
     */
    public static After restore(Path dataDir, DatabaseConfig config, Path backup, Actor actor, Before before,
                                Clock clock) {
        Path aside = new RestoreService(dataDir, clock).restore(backup);
        try (Database db = Database.open(config)) {
            db.checkConsistency(dataDir);
            if (actor == null || before == null) {
                return new After(aside, List.of());
            }
            AuditLog audit = new AuditLog(db.jdbi(), clock);
            audit.appendRestore(actor, backup.getFileName().toString(), before.head());
            List<Long> again = RetentionAfterRestore.reapply(db.jdbi(), Desk.retentionOn(db.jdbi(), audit, clock, dataDir),
                    before.retention(), actor);
            db.sync();
            return new After(aside, again);
        }
    }
}
