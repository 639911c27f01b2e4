package org.crisisdesk.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import org.crisisdesk.common.Actor;
import org.crisisdesk.common.Messages;
import org.crisisdesk.common.UserException;
import org.crisisdesk.store.DataDirectory;
import org.crisisdesk.store.Database;
import org.crisisdesk.store.DatabaseConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code crisis-desk [--data-dir DIR] [SUBCOMMAND]}. Without a subcommand the window opens
 * (handled by {@link org.crisisdesk.app.Main}); each subcommand does one job without a window.
 * Subcommands reach shared options and services through {@code @ParentCommand RootCommand root}.
 */
@Command(name = "crisis-desk", mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        resourceBundle = "org.crisisdesk.i18n.cli",
        subcommands = {InfoCommand.class, DemoCommand.class, CasesCommand.class, CheckCommand.class,
                RulesCommand.class, AuditCommand.class, OperatorsCommand.class, ScriptsCommand.class,
                ReportCommand.class, BackupCommand.class, BackupCommand.Restore.class, BackupCommand.Backups.class})
public final class RootCommand {
    @Spec
    CommandSpec spec;

    @Option(names = "--data-dir", paramLabel = "DIR", descriptionKey = "option.dataDir")
    Path dataDirOption;

    private final Messages messages;
    private boolean inDesk;

    public RootCommand(Messages messages) {
        this.messages = messages;
    }

    /** Marks a command line handed over to the running desk (see org.crisisdesk.app.single). */
    public void markInDesk() {
        inDesk = true;
    }

    /** True when the running desk executes this command for a second launch. */
    public boolean inDesk() {
        return inDesk;
    }

    public Messages messages() {
        return messages;
    }

    public Path dataDir() {
        return DataDirectory.resolve(dataDirOption);
    }

    public DatabaseConfig databaseConfig() {
        return DatabaseConfig.fromEnvironment(dataDir());
    }

    /** Opens and migrates the database, creating the data folder when needed. */
    public Database openDatabase() {
        Path dir = dataDir();
        Database.prepareDataDirectory(dir);
        return Database.open(databaseConfig());
    }

    /**
     * Where an export goes: to standard output, or to {@code out} with a one-line note on stderr
     * ({@code doneKey} with the count and the file). A file that cannot be written is
     * {@code unwritableKey} with the file and the reason.
     */
    public int writeExport(String text, java.nio.file.Path out, String unwritableKey, String doneKey, int count) {
        if (out == null) {
            out().print(text);
            out().flush();
            return 0;
        }
        try {
            java.nio.file.Files.writeString(out, text, java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new UserException(e, unwritableKey, out, String.valueOf(e.getMessage()));
        }
        err().println(messages().get(doneKey, count, out));
        err().flush();
        return 0;
    }

    /** For read-only commands: the existing database, or a clear refusal; an empty folder stays empty. */
    public Database existingDatabaseOrRefuse() {
        return openExistingDatabase().orElseThrow(() -> new UserException("cli.noDatabase", dataDir()));
    }

    /** The database if one exists; never creates or migrates anything. */
    public Optional<Database> openExistingDatabase() {
        return Database.openExisting(databaseConfig(), dataDir());
    }

    /**
     * Who a writing subcommand acts as: the named operator after their PIN (read from standard
     * input), with the role the action needs. Once a desk has operators, writing without one is
     * refused; on a fresh database with none yet, it acts as {@code 命令行 (<user>)}.
     */
    public Actor writer(Database db, String operator, org.crisisdesk.operators.Permissions.Action action) {
        if (operator == null) {
            var ops = new org.crisisdesk.operators.OperatorService(db.jdbi(),
                    new org.crisisdesk.operators.AuditLog(db.jdbi(), java.time.Clock.systemUTC()),
                    new org.crisisdesk.operators.PinHasher(), java.time.Clock.systemUTC());
            if (!ops.isFirstRun()) {
                throw new org.crisisdesk.common.UserException("cli.operatorRequired");
            }
            return actor();
        }
        Actor who = CliOperator.authenticate(this, db, operator, null);
        org.crisisdesk.operators.Permissions.require(who, action);
        return who;
    }

    /** Who subcommands act as until operators sign in on the command line. */
    public Actor actor() {
        return Actor.commandLine(messages);
    }

    public PrintWriter out() {
        return spec.commandLine().getOut();
    }

    public PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
