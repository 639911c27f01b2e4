package org.crisisdesk.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The backup folder {@code <dataDir>/backups}: names carry the UTC time and why the backup was
 * taken ({@code crisisdesk-20261128-093000-123-daily.zip}), so a plain folder listing sorts them.
 */
public final class BackupFiles {
    public static final String FOLDER = "backups";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    private static final Pattern NAME = Pattern.compile("crisisdesk-(\\d{8}-\\d{6}-\\d{3})-([a-z-]+)\\.zip");

    /** Why a backup was taken; part of its file name. */
    public enum Reason {
        MANUAL("manual"), DAILY("daily"), BEFORE_UPGRADE("before-upgrade"), BEFORE_RESTORE("before-restore");

        private final String tag;

        Reason(String tag) {
            this.tag = tag;
        }

        public String tag() {
            return tag;
        }

        static Optional<Reason> ofTag(String tag) {
            return Stream.of(values()).filter(r -> r.tag.equals(tag)).findFirst();
        }
    }

    /** One backup in the folder. */
    public record Backup(Path file, Instant takenAt, Reason reason, long sizeBytes) {
    }

    private BackupFiles() {
    }

    public static Path folder(Path dataDir) {
        return dataDir.resolve(FOLDER);
    }

    /** A fresh name in the backup folder; never one that exists already. */
    public static Path newFile(Path dataDir, Clock clock, Reason reason) {
        Instant t = clock.instant();
        Path f;
        do {
            f = folder(dataDir).resolve("crisisdesk-" + STAMP.format(LocalDateTime.ofInstant(t, ZoneOffset.UTC))
                    + "-" + reason.tag() + ".zip");
            t = t.plusMillis(1);
        } while (Files.exists(f));
        return f;
    }

    /** The backups in the folder, newest first; files not named by the desk are left out. */
    public static List<Backup> list(Path dataDir) {
        Path dir = folder(dataDir);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(BackupFiles::parse).flatMap(Optional::stream)
                    .sorted(Comparator.comparing(Backup::takenAt).reversed()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Optional<Backup> parse(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            Instant at = LocalDateTime.parse(m.group(1), STAMP).toInstant(ZoneOffset.UTC);
            long size = Files.size(file);
            return Reason.ofTag(m.group(2)).map(r -> new Backup(file, at, r, size));
        } catch (DateTimeParseException | IOException e) {
            return Optional.empty();
        }
    }

    /** The newest backup taken before an upgrade, if any. */
    public static Optional<Backup> latestBeforeUpgrade(Path dataDir) {
        return list(dataDir).stream().filter(b -> b.reason() == Reason.BEFORE_UPGRADE).findFirst();
    }

    /** Deletes all but the newest {@code keep} backups; returns how many went. */
    public static int rotate(Path dataDir, int keep) {
        List<Backup> all = list(dataDir);
        int deleted = 0;
        for (Backup b : all.subList(Math.min(Math.max(keep, 1), all.size()), all.size())) {
            try {
                Files.deleteIfExists(b.file());
                deleted++;
            } catch (IOException ignored) {
                // an undeletable old backup costs space, not data; the next rotation tries again
            }
        }
        return deleted;
    }
}
