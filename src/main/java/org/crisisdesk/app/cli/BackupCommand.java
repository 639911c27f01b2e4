package org.crisisdesk.app.cli;

import org.crisisdesk.common.Actor;
import org.crisisdesk.app.wiring.AuditedRestore;
import org.crisisdesk.operators.AuditLog;
import org.crisisdesk.operators.Permissions;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import org.crisisdesk.app.Main;
import org.crisisdesk.common.UserException;
import org.crisisdesk.store.BackupFiles;
import org.crisisdesk.store.BackupService;
import org.crisisdesk.store.Database;
import org.crisisdesk.store.H2Maintenance;
import org.crisisdesk.store.RestoreService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code backup [--out FILE] [--operator NAME]}: an online backup of the embedded database and its
 * attachments, audited with who took it and where it went.
 * {@link Restore} and {@link Backups} are its siblings. On PostgreSQL all three point to the
 * server's own tools and exit 2.
 */
@Command(name = "backup", mixinStandardHelpOptions = true, resourceBundle = "org.crisisdesk.i18n.durability")
public final class BackupCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "cli.backup.out")
    Path out;

    @Option(names = "--operator", paramLabel = "NAME", descriptionKey = "cli.backup.operator")
    String operator;

    @Override
    public Integer call() {
        if (!h2(root)) {
            return Main.EXIT_USAGE;
        }
        try (Database db = existing(root)) {
            // a backup holds unmasked personal data: once the desk has operators, a named one with a PIN
            Actor who = root.writer(db, operator, Permissions.Action.CREATE_BACKUP);
            BackupService backups = new BackupService(db, root.dataDir(), Clock.systemUTC());
            Path written = out == null ? backups.backupNow(H2Maintenance.Progress.NONE)
                    : backups.backupTo(out.toAbsolutePath(), H2Maintenance.Progress.NONE);
            new AuditLog(db.jdbi(), Clock.systemUTC()).appendBackup(who, written);
            root.out().println(root.messages().get("cli.backup.written", written, size(written)));
            return 0;
        }
    }

    /** {@code restore FILE}: validates the backup, keeps the current database aside, swaps it in. */
    @Command(name = "restore", mixinStandardHelpOptions = true, resourceBundle = "org.crisisdesk.i18n.durability")
    public static final class Restore implements Callable<Integer> {
        @ParentCommand
        RootCommand root;

        @Parameters(paramLabel = "FILE", descriptionKey = "cli.restore.file")
        Path file;

        @Option(names = "--operator", paramLabel = "NAME", descriptionKey = "cli.restore.operator")
        String operator;

        @Override
        public Integer call() {
            if (!h2(root)) {
                return Main.EXIT_USAGE;
            }
            if (root.inDesk()) {
                // the running desk holds the database open; swapping its file needs the desk's own sequence
                throw new UserException("restore.closeDeskFirst");
            }
            // refuses (db.locked, exit 2) while another process has the database open; the operator
            // who restores is checked against the current data, and the chain head noted for the audit
            Actor who = null;
            AuditedRestore.Before before = null;
            var current = root.openExistingDatabase();
            if (current.isPresent()) {
                try (Database db = current.get()) {
                    who = root.writer(db, operator, Permissions.Action.RESTORE_BACKUP);
                    before = AuditedRestore.Before.read(db, who);
                }
            }
            Path backup = file.toAbsolutePath();
            RestoreService.Checked checked = new RestoreService(root.dataDir(), Clock.systemUTC()).validate(backup);
            AuditedRestore.After after = AuditedRestore.restore(root.dataDir(), root.databaseConfig(), backup, who,
                    before, Clock.systemDefaultZone());
            Path aside = after.aside();
            root.out().println(root.messages().get("cli.backup.restored", backup, checked.schemaVersion(),
                    checked.cases()));
            if (who != null) {
                root.out().println(root.messages().get("restore.erasedAgain", after.erasedAgain().size()));
            }
            if (aside != null) {
                root.out().println(root.messages().get("cli.backup.asideKept", aside));
            }
            return 0;
        }
    }

    /** {@code backups list}: the backups in the data folder, newest first. */
    @Command(name = "backups", mixinStandardHelpOptions = true, resourceBundle = "org.crisisdesk.i18n.durability", subcommands = Backups.ListBackups.class)
    public static final class Backups {
        @ParentCommand
        RootCommand root;

        @Command(name = "list", mixinStandardHelpOptions = true, resourceBundle = "org.crisisdesk.i18n.durability")
        static final class ListBackups implements Callable<Integer> {
            private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                    .withZone(ZoneOffset.UTC);

            @ParentCommand
            Backups parent;

            @Override
            public Integer call() {
                RootCommand root = parent.root;
                if (!h2(root)) {
                    return Main.EXIT_USAGE;
                }
                List<BackupFiles.Backup> all = BackupFiles.list(root.dataDir());
                if (all.isEmpty()) {
                    root.out().println(root.messages().get("cli.backup.none", BackupFiles.folder(root.dataDir())));
                    return 0;
                }
                root.out().println(root.messages().get("cli.backup.header").replace("\\t", "\t"));
                for (BackupFiles.Backup b : all) {
                    root.out().println(TIME.format(b.takenAt()) + "\t"
                            + root.messages().get("backup.reason." + b.reason().tag()) + "\t" + b.sizeBytes()
                            + "\t" + b.file());
                }
                return 0;
            }
        }
    }

    static boolean h2(RootCommand root) {
        if (root.databaseConfig().isH2()) {
            return true;
        }
        root.err().println(root.messages().get("backup.postgres"));
        root.err().flush();
        return false;
    }

    private static Database existing(RootCommand root) {
        return root.openExistingDatabase()
                .orElseThrow(() -> new UserException("db.notFound", root.databaseConfig().url()));
    }

    private static long size(Path p) {
        try {
            return java.nio.file.Files.size(p);
        } catch (java.io.IOException e) {
            return -1;
        }
    }
}
