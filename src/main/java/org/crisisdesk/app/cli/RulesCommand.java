package org.crisisdesk.app.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.crisisdesk.app.wiring.AuditLogTrail;
import org.crisisdesk.checker.CompiledChecker;
import org.crisisdesk.checker.RuleRepository;
import org.crisisdesk.checker.RuleService;
import org.crisisdesk.checker.RulesJson;
import org.crisisdesk.common.UserException;
import org.crisisdesk.operators.AuditLog;
import org.crisisdesk.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code rules export [--out FILE]} and {@code rules import FILE [--dry-run]}: the checker rules as a UTF-8 JSON file. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        subcommands = {RulesCommand.Export.class, RulesCommand.Import.class})
final class RulesCommand extends GroupCommand {

    static RuleService service(Database db) {
        Clock clock = Clock.systemUTC();
        return new RuleService(new RuleRepository(db.jdbi(), clock,
                new AuditLogTrail(new AuditLog(db.jdbi(), clock))));
    }

    @Command(name = "export", mixinStandardHelpOptions = true)
    static final class Export implements Callable<Integer> {
        @ParentCommand
        RulesCommand parent;

        @Option(names = "--out", paramLabel = "FILE", description = "Write to this file instead of standard output.")
        Path out;

        @Override
        public Integer call() {
            RootCommand root = parent.root;
            String json;
            int count;
            try (Database db = root.openDatabase()) {
                RuleService service = service(db);
                json = service.exportJson();
                count = service.rules().size();
            }
            return root.writeExport(json, out, "checker.file.unwritable", "checker.cli.export.done", count);
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true)
    static final class Import implements Callable<Integer> {
        @ParentCommand
        RulesCommand parent;

        @Parameters(paramLabel = "FILE", description = "A rules file written by 'rules export'.")
        Path file;

        @Option(names = "--dry-run", description = "Only check the file and the rules' examples; write nothing.")
        boolean dryRun;

        @Option(names = "--operator", paramLabel = "NAME", description = "Supervisor who imports (PIN on stdin).")
        String operator;

        @Override
        public Integer call() {
            RootCommand root = parent.root;
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                if (dryRun) {
                    int count = CompiledChecker.compile(RulesJson.read(reader)).rules().size();
                    root.out().println(root.messages().get("checker.cli.import.dryRun", count));
                } else {
                    try (Database db = root.openDatabase()) {
                        int count = service(db).importRules(reader, false,
                                root.writer(db, operator, org.crisisdesk.operators.Permissions.Action.EDIT_RULES));
                        root.out().println(root.messages().get("checker.cli.import.done", count));
                    }
                }
            } catch (IOException e) {
                throw new UserException(e, "checker.file.unreadable", file, String.valueOf(e.getMessage()));
            }
            root.out().flush();
            return 0;
        }
    }
}
