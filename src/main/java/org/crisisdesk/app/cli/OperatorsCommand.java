package org.crisisdesk.app.cli;

import java.io.BufferedReader;
import java.time.Clock;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.crisisdesk.common.Actor;
import org.crisisdesk.common.Actor.Role;
import org.crisisdesk.common.Messages;
import org.crisisdesk.operators.AuditLog;
import org.crisisdesk.operators.Operator;
import org.crisisdesk.operators.OperatorService;
import org.crisisdesk.operators.Permissions;
import org.crisisdesk.operators.PinHasher;
import org.crisisdesk.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code operators list} (read-only) and {@code operators add NAME --role R --operator SUPERVISOR}
 * (stdin: the supervisor's PIN, then the new operator's PIN, one per line).
 */
@Command(name = "operators", mixinStandardHelpOptions = true, resourceBundle = "org.crisisdesk.i18n.operators",
        subcommands = {OperatorsCommand.ListOperators.class, OperatorsCommand.Add.class})
public final class OperatorsCommand {
    @ParentCommand
    RootCommand root;

    static OperatorService service(Database db) {
        Clock clock = Clock.systemDefaultZone();
        return new OperatorService(db.jdbi(), new AuditLog(db.jdbi(), clock), new PinHasher(), clock);
    }

    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListOperators implements Callable<Integer> {
        @ParentCommand
        OperatorsCommand parent;

        @Override
        public Integer call() {
            RootCommand root = parent.root;
            Messages m = root.messages();
            try (Database db = root.existingDatabaseOrRefuse()) {
                for (Operator o : service(db).activeOperators()) {
                    root.out().println(m.get("cli.operators.row", o.displayName(), Permissions.roleLabel(o.role(), m),
                            o.hasPin() ? "" : m.get("operators.status.noPin")));
                }
                root.out().flush();
                return 0;
            }
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true)
    static final class Add implements Callable<Integer> {
        @ParentCommand
        OperatorsCommand parent;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Option(names = "--role", required = true, paramLabel = "SUPERVISOR|STAFF|VIEWER")
        Role role;

        @Option(names = "--operator", required = true, paramLabel = "NAME")
        String operator;

        @Override
        public Integer call() {
            RootCommand root = parent.root;
            BufferedReader in = System.console() != null ? null : CliOperator.stdin();
            try (Database db = root.openDatabase()) {
                Actor actor = CliOperator.authenticate(root, db, operator, in);
                char[] pin = CliOperator.readPin(root, name, in);
                try {
                    service(db).create(actor, name, role, pin);
                } finally {
                    Arrays.fill(pin, '\0');
                }
                root.out().println(root.messages().get("operators.saved"));
                root.out().flush();
                return 0;
            }
        }
    }
}
