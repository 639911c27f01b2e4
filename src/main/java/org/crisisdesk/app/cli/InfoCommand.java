package org.crisisdesk.app.cli;

import java.util.concurrent.Callable;
import org.crisisdesk.store.Database;
import org.crisisdesk.store.DatabaseConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code info}: where the data lives, how to reach the database, and its schema version. */
@Command(name = "info", mixinStandardHelpOptions = true)
final class InfoCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Override
    public Integer call() {
        DatabaseConfig config = root.databaseConfig();
        var m = root.messages();
        root.out().println(m.get("cli.info.dataDir", root.dataDir()));
        root.out().println(m.get("cli.info.url", config.url()));
        root.out().println(m.get("cli.info.user", config.user()));
        String schema = root.openExistingDatabase().map(db -> {
            try (Database d = db) {
                return d.schemaVersion();
            }
        }).orElse(m.get("cli.info.noDatabase"));
        root.out().println(m.get("cli.info.schema", schema));
        return 0;
    }
}
