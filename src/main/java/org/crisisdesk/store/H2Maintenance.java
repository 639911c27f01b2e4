package org.crisisdesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.crisisdesk.common.UserException;

/**
 * Every H2-specific maintenance operation in one place: {@code CHECKPOINT SYNC}, {@code BACKUP TO},
 * {@code SCRIPT TO} (the consistency check) and the swapping of database files. PostgreSQL has its
 * own tools for all of this (pg_dump, pg_restore); nothing here runs against it.
 *
 * <p>A backup zip holds {@value #DB_ENTRY} (the database as {@code BACKUP TO} wrote it, consistent
 * at one transaction boundary) and {@code attachments/<sha256>} for every attachment file. The
 * attachments are copied after the database snapshot: attachment files are written before their
 * row commits and never change, so every row in the snapshot finds its file in the zip.
 */
public final class H2Maintenance {
    /** The database file's name inside a backup zip and in the data folder. */
    public static final String DB_ENTRY = "crisisdesk.mv.db";
    static final String ATTACHMENTS_PREFIX = "attachments/";

    private H2Maintenance() {
    }

    /** Forces everything committed so far onto the disk (fsync), not just into the OS cache. */
    static void checkpointSync(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CHECKPOINT SYNC");
        }
    }

    /**
     * Writes an online, transactionally consistent backup of the open database plus the attachments
     * folder to {@code target}. Writes to a temporary file next to the target first, so a failed
     * backup (disk full) never leaves a truncated zip under a backup's name.
     */
    static void backup(Connection c, Path attachments, Path target, Progress progress) {
        Path dir = target.toAbsolutePath().getParent();
        Path snapshot = null;
        Path part = null;
        try {
            Files.createDirectories(dir);
            snapshot = Files.createTempFile(dir, "snapshot-", ".zip");
            Files.delete(snapshot);
            progress.report(0.05);
            try (Statement s = c.createStatement()) {
                s.execute("BACKUP TO '" + sqlString(snapshot) + "'");
            }
            progress.report(0.5);
            part = Files.createTempFile(dir, "backup-", ".part");
            List<Path> files = attachmentFiles(attachments);
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(part))) {
                try (ZipFile h2 = new ZipFile(snapshot.toFile())) {
                    ZipEntry dbEntry = h2.stream().filter(e -> e.getName().endsWith(".mv.db")).findFirst()
                            .orElseThrow(() -> new IOException("BACKUP TO wrote no .mv.db"));
                    zip.putNextEntry(new ZipEntry(DB_ENTRY));
                    try (InputStream in = h2.getInputStream(dbEntry)) {
                        in.transferTo(zip);
                    }
                    zip.closeEntry();
                }
                for (int i = 0; i < files.size(); i++) {
                    Path f = files.get(i);
                    zip.putNextEntry(new ZipEntry(ATTACHMENTS_PREFIX + f.getFileName()));
                    Files.copy(f, zip);
                    zip.closeEntry();
                    progress.report(0.5 + 0.45 * (i + 1) / files.size());
                }
            }
            fsync(part);
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            progress.report(1.0);
        } catch (IOException | SQLException e) {
            throw new UserException(e, "backup.cannotWrite", target, String.valueOf(e.getMessage()));
        } finally {
            deleteQuietly(snapshot);
            deleteQuietly(part);
        }
    }

    /** Consistency check: H2 reads every page of every table while scripting it out. */
    static void scriptCheck(Connection c, Path scratchDir) throws SQLException, IOException {
        Path script = Files.createTempFile(scratchDir, "check-", ".sql");
        try (Statement s = c.createStatement()) {
            s.execute("SCRIPT TO '" + sqlString(script) + "'");
        } finally {
            Files.deleteIfExists(script);
        }
    }

    /** Unpacks a backup zip into an empty folder, as a data folder (database + attachments). */
    static void unpack(Path zip, Path dataDir) {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            Files.createDirectories(DataDirectory.attachments(dataDir));
            boolean sawDb = false;
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                String name = e.getName();
                Path to;
                if (name.equals(DB_ENTRY)) {
                    to = dataDir.resolve(DB_ENTRY);
                    sawDb = true;
                } else if (name.startsWith(ATTACHMENTS_PREFIX) && name.indexOf('/', ATTACHMENTS_PREFIX.length()) < 0
                        && !name.contains("..") && name.length() > ATTACHMENTS_PREFIX.length()) {
                    to = DataDirectory.attachments(dataDir).resolve(name.substring(ATTACHMENTS_PREFIX.length()));
                } else {
                    continue; // not ours: ignore rather than write outside the folder
                }
                Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
            }
            if (!sawDb) {
                throw new UserException("restore.notABackup", zip.getFileName());
            }
        } catch (IOException e) {
            throw new UserException(e, "restore.notABackup", zip.getFileName());
        }
    }

    /**
     * Zips the closed database file and the attachments as they are (a plain copy is consistent
     * only because nothing has the database open), in the same layout as {@link #backup}.
     */
    static void zipClosed(Path dataDir, Path target) {
        Path part = null;
        try {
            Files.createDirectories(target.getParent());
            part = Files.createTempFile(target.getParent(), "aside-", ".part");
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(part))) {
                zip.putNextEntry(new ZipEntry(DB_ENTRY));
                Files.copy(dataDir.resolve(DB_ENTRY), zip);
                zip.closeEntry();
                for (Path f : attachmentFiles(DataDirectory.attachments(dataDir))) {
                    zip.putNextEntry(new ZipEntry(ATTACHMENTS_PREFIX + f.getFileName()));
                    Files.copy(f, zip);
                    zip.closeEntry();
                }
            }
            fsync(part);
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteQuietly(part);
            throw new UserException(e, "backup.cannotWrite", target, String.valueOf(e.getMessage()));
        }
    }

    /**
     * Puts a validated, unpacked backup in place of the closed database: the new file lands next to
     * the old one and is renamed over it (atomic on one file system), so a crash midway leaves
     * either the old or the new database, never a mix. Attachment files are added, never removed:
     * they are named by content, and the database aside may still refer to the others.
     */
    static void swapIn(Path unpacked, Path dataDir) {
        try {
            Path incoming = dataDir.resolve(DB_ENTRY + ".restoring");
            Files.copy(unpacked.resolve(DB_ENTRY), incoming, StandardCopyOption.REPLACE_EXISTING);
            fsync(incoming);
            Path attachments = DataDirectory.attachments(dataDir);
            Files.createDirectories(attachments);
            for (Path f : attachmentFiles(DataDirectory.attachments(unpacked))) {
                Path to = attachments.resolve(f.getFileName());
                if (!Files.exists(to)) {
                    Files.copy(f, to);
                }
            }
            Files.move(incoming, dataDir.resolve(DB_ENTRY), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
            Files.deleteIfExists(dataDir.resolve("crisisdesk.trace.db"));
        } catch (IOException e) {
            throw new UserException(e, "restore.cannotSwap", String.valueOf(e.getMessage()));
        }
    }

    /** The data folder of an embedded H2 config: the folder holding {@code crisisdesk.mv.db}. */
    static Path dataDirOf(DatabaseConfig config) {
        String rest = config.url().substring("jdbc:h2:".length());
        int semi = rest.indexOf(';');
        String base = semi < 0 ? rest : rest.substring(0, semi);
        int colon = base.indexOf(':');
        if (colon > 1) { // "file:/x" or a wrapper scheme such as "full:/x"; keep Windows "C:/x"
            base = base.substring(colon + 1);
        }
        return Path.of(base).toAbsolutePath().getParent();
    }

    static List<Path> attachmentFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return new ArrayList<>(s.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().endsWith(".part")).sorted().toList());
        }
    }

    static void deleteTree(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(H2Maintenance::deleteQuietly);
        } catch (IOException ignored) {
            // a scratch folder left in the temp dir harms nothing
        }
    }

    private static void fsync(Path file) throws IOException {
        try (var ch = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    private static String sqlString(Path p) {
        return p.toAbsolutePath().toString().replace('\\', '/').replace("'", "''");
    }

    private static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // best effort: a leftover temporary file is harmless
            }
        }
    }

    /** Progress of a long operation, 0..1; may be called from any thread. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = f -> { };

        void report(double fraction);
    }
}
