package org.crisisdesk.app.cli;

import java.util.Optional;
import org.crisisdesk.store.DataDirectory;
import org.crisisdesk.store.Database;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code cases list|show}: read the cases without a window. */
@Command(name = "cases", mixinStandardHelpOptions = true, subcommands = {CasesListCommand.class, CasesShowCommand.class})
final class CasesCommand extends GroupCommand {
    /** Names the subcommands in one line, as the rest of the CLI's bad usage does. */
    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), root.messages().get("cli.cases.subcommand"));
    }

    /**
     * The database, migrated, when there is one; reading never creates an empty database in a
     * folder that has none (PostgreSQL is always there).
     */
    Optional<Database> openIfPresent() {
        if (root.databaseConfig().isH2() && !DataDirectory.hasDatabase(root.dataDir())) {
            return Optional.empty();
        }
        return Optional.of(root.openDatabase());
    }
}
