package org.crisisdesk.store;

import java.nio.file.Path;
import org.crisisdesk.common.UserException;

/**
 * An upgrade of the database failed. The database as it was before the upgrade is in
 * {@link #backup()}; the desk refuses to start and offers to restore it.
 */
public final class MigrationFailedException extends UserException {
    private static final long serialVersionUID = 1L;
    private final transient Path backup;

    MigrationFailedException(Throwable cause, String detail, Path backup) {
        super(cause, "db.migrationFailedBackup", detail, backup);
        this.backup = backup;
    }

    public Path backup() {
        return backup;
    }
}
