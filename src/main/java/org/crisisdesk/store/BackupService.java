package org.crisisdesk.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.crisisdesk.common.UserException;

/**
 * Online backups of the embedded database and its attachments into {@code <dataDir>/backups}
 * while the desk keeps working: {@code BACKUP TO} copies a transactionally consistent snapshot
 * without stopping writers. After each backup the oldest are rotated out, keeping
 * {@value #KEEP_SETTING} (default {@value #DEFAULT_KEEP}).
 */
public final class BackupService {
    public static final String KEEP_SETTING = "backup.keep";
    public static final int DEFAULT_KEEP = 14;

    private final Database database;
    private final Path dataDir;
    private final Clock clock;
    private final Object lock = new Object();

    public BackupService(Database database, Path dataDir, Clock clock) {
        this.database = database;
        this.dataDir = dataDir;
        this.clock = clock;
    }

    /** "Back up now": a manual backup with progress (0..1, from the calling thread). */
    public Path backupNow(H2Maintenance.Progress progress) {
        return backup(BackupFiles.Reason.MANUAL, progress);
    }

    /** Takes one backup and rotates; backups run one at a time. */
    public Path backup(BackupFiles.Reason reason, H2Maintenance.Progress progress) {
        requireH2(database.config());
        synchronized (lock) {
            Path target = BackupFiles.newFile(dataDir, clock, reason);
            try (Connection c = database.connection()) {
                H2Maintenance.backup(c, DataDirectory.attachments(dataDir), target, progress);
            } catch (SQLException e) {
                throw new UserException(e, "backup.cannotWrite", target, String.valueOf(e.getMessage()));
            }
            BackupFiles.rotate(dataDir, keep());
            return target;
        }
    }

    /** Writes a backup to a file of the user's choice (the CLI's {@code --out}); no rotation. */
    public Path backupTo(Path target, H2Maintenance.Progress progress) {
        requireH2(database.config());
        synchronized (lock) {
            try (Connection c = database.connection()) {
                H2Maintenance.backup(c, DataDirectory.attachments(dataDir), target, progress);
            } catch (SQLException e) {
                throw new UserException(e, "backup.cannotWrite", target, String.valueOf(e.getMessage()));
            }
            return target;
        }
    }

    public List<BackupFiles.Backup> list() {
        return BackupFiles.list(dataDir);
    }

    public Optional<Instant> lastBackupAt() {
        return list().stream().map(BackupFiles.Backup::takenAt).findFirst();
    }

    /** The {@value #KEEP_SETTING} setting, at least 1. */
    public int keep() {
        Optional<String> v = database.jdbi().withHandle(h -> h.createQuery(
                        "SELECT setting_value FROM app_setting WHERE setting_key = :k")
                .bind("k", KEEP_SETTING).mapTo(String.class).findOne());
        try {
            return Math.max(1, v.map(String::strip).map(Integer::parseInt).orElse(DEFAULT_KEEP));
        } catch (NumberFormatException e) {
            return DEFAULT_KEEP;
        }
    }

    public boolean supported() {
        return database.isH2();
    }

    /** Refuses PostgreSQL: the server's own tools (pg_dump, pg_restore) back it up. */
    static void requireH2(DatabaseConfig config) {
        if (!config.isH2()) {
            throw new UserException("backup.postgres");
        }
    }
}
