package org.crisisdesk.store;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.crisisdesk.common.UserException;

/**
 * The daily backup while the desk runs: checks every hour (and shortly after start) whether the
 * newest backup is a day old, and takes one if so. Closing lets a running backup finish; it never
 * interrupts a thread inside H2.
 */
public final class BackupScheduler implements AutoCloseable {
    static final Duration DAILY = Duration.ofHours(24);
    private static final Duration CHECK_EVERY = Duration.ofHours(1);
    private static final Duration FIRST_CHECK = Duration.ofMinutes(2);

    private final BackupService backups;
    private final Clock clock;
    private final Consumer<UserException> onFailure;
    private final Consumer<Path> onTaken;
    private ScheduledExecutorService timer;

    /** {@code onFailure} hears of a failed backup (disk full...) on the scheduler's thread. */
    public BackupScheduler(BackupService backups, Clock clock, Consumer<UserException> onFailure) {
        this(backups, clock, onFailure, written -> { });
    }

    /**
     * @param onTaken hears of each backup written, on the scheduler's thread: backups hold unmasked
     *                personal data, so the desk puts each one on the audit chain
     */
    public BackupScheduler(BackupService backups, Clock clock, Consumer<UserException> onFailure,
                           Consumer<Path> onTaken) {
        this.backups = backups;
        this.clock = clock;
        this.onFailure = onFailure;
        this.onTaken = onTaken;
    }

    public synchronized void start() {
        if (timer != null || !backups.supported()) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "desk-backup");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::runIfDue, FIRST_CHECK.toSeconds(), CHECK_EVERY.toSeconds(),
                TimeUnit.SECONDS);
    }

    /** Takes the daily backup when the newest is at least a day old; true when it took one. */
    public boolean runIfDue() {
        try {
            Instant last = backups.lastBackupAt().orElse(Instant.MIN);
            if (last.equals(Instant.MIN) || !last.plus(DAILY).isAfter(clock.instant())) {
                onTaken.accept(backups.backup(BackupFiles.Reason.DAILY, H2Maintenance.Progress.NONE));
                return true;
            }
        } catch (UserException e) {
            onFailure.accept(e);
        } catch (RuntimeException e) {
            onFailure.accept(new UserException(e, "backup.cannotWrite", BackupFiles.folder(Path.of(".")),
                    String.valueOf(e.getMessage())));
        }
        return false;
    }

    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdown(); // no shutdownNow: never interrupt a backup inside H2
            try {
                timer.awaitTermination(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            timer = null;
        }
    }
}
