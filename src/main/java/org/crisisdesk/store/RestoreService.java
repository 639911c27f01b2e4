package org.crisisdesk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.crisisdesk.common.UserException;

/**
 * Puts a backup back. The database must be closed while its file is swapped, so the desk runs
 * the sequence itself:
 * <ol>
 *   <li>{@link #validate(Path)} while still open (unpacks elsewhere, opens the copy, checks it);</li>
 *   <li>close the desk's {@link Database} (and everything using it);</li>
 *   <li>{@link #restore(Path)}: validates again, zips the current database and attachments aside
 *       as a {@code before-restore} backup, swaps the file in;</li>
 *   <li>{@link Database#open(DatabaseConfig)} again and rebuild the desk on it.</li>
 * </ol>
 * The command line ({@code restore FILE}) does steps 3 and 4 while no desk is running.
 */
public final class RestoreService {
    private final Path dataDir;
    private final Clock clock;

    public RestoreService(Path dataDir, Clock clock) {
        this.dataDir = dataDir;
        this.clock = clock;
    }

    /** What a valid backup holds. */
    public record Checked(Path backup, String schemaVersion, long cases) {
    }

    /** Unpacks the backup into a scratch folder, opens it there and checks every table. */
    public Checked validate(Path backup) {
        Path scratch = scratch();
        try {
            return check(backup, scratch);
        } finally {
            H2Maintenance.deleteTree(scratch);
        }
    }

    /**
     * Replaces the closed database with the backup; returns the backup of what was there before.
     * Must not run while any {@link Database} on this folder is open.
     */
    public Path restore(Path backup) {
        Path scratch = scratch();
        try {
            check(backup, scratch);
            Path aside = null;
            if (DataDirectory.hasDatabase(dataDir)) {
                aside = BackupFiles.newFile(dataDir, clock, BackupFiles.Reason.BEFORE_RESTORE);
                H2Maintenance.zipClosed(dataDir, aside);
            }
            H2Maintenance.swapIn(scratch, dataDir);
            return aside;
        } finally {
            H2Maintenance.deleteTree(scratch);
        }
    }

    private Checked check(Path backup, Path scratch) {
        if (!Files.isRegularFile(backup)) {
            throw new UserException("restore.notABackup", backup);
        }
        H2Maintenance.unpack(backup, scratch);
        try (Database copy = Database.openExisting(DatabaseConfig.h2(scratch), scratch)
                .orElseThrow(() -> new UserException("restore.notABackup", backup.getFileName()))) {
            if (copy.isFromNewerVersion()) {
                throw new UserException("db.newerVersion", copy.schemaVersion());
            }
            copy.checkConsistency(scratch);
            long cases = copy.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM incident")
                    .mapTo(Long.class).one());
            return new Checked(backup, copy.schemaVersion(), cases);
        } catch (UserException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new UserException(e, "restore.invalid", backup.getFileName(), String.valueOf(e.getMessage()));
        }
    }

    private Path scratch() {
        try {
            Path parent = BackupFiles.folder(dataDir);
            Files.createDirectories(parent);
            return Files.createTempDirectory(parent, ".restore-");
        } catch (IOException e) {
            throw new UserException(e, "backup.cannotWrite", BackupFiles.folder(dataDir), String.valueOf(e.getMessage()));
        }
    }
}
