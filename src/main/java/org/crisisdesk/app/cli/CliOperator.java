package org.crisisdesk.app.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import org.crisisdesk.common.Actor;
import org.crisisdesk.common.UserException;
import org.crisisdesk.operators.AuditLog;
import org.crisisdesk.operators.Operator;
import org.crisisdesk.operators.OperatorService;
import org.crisisdesk.operators.PinHasher;
import org.crisisdesk.store.Database;

/**
 * Signs an operator in for a subcommand: {@code --operator NAME}, PIN from standard input (one
 * line; from the console without echo when there is one). Sign-in goes through
 * {@link OperatorService#signIn}, so lockouts and the audit log apply as at the desk.
 */
public final class CliOperator {
    private CliOperator() {
    }

    /** Opens the database for the check; prefer the overload that takes the subcommand's database. */
    public static Actor authenticate(RootCommand root, String name) {
        try (Database db = root.openDatabase()) {
            return authenticate(root, db, name, null);
        }
    }

    /**
     * Signs {@code name} in against {@code db}, reading the PIN as the next line of {@code in}
     * (null: the console without echo when there is one, else standard input).
     */
    public static Actor authenticate(RootCommand root, Database db, String name, BufferedReader in) {
        if (root.inDesk()) {
            // the running desk got only the arguments; a PIN read here would come from the desk's own
            // terminal (or block it), never from the person at the second launch
            throw new UserException("cli.operator.inDesk");
        }
        Clock clock = Clock.systemDefaultZone();
        OperatorService operators = new OperatorService(db.jdbi(), new AuditLog(db.jdbi(), clock), new PinHasher(),
                clock);
        Operator op = operators.findByName(name)
                .orElseThrow(() -> new UserException("cli.operator.notFound", name));
        char[] pin = readPin(root, name, in);
        try {
            return operators.signIn(op.id(), pin);
        } finally {
            Arrays.fill(pin, '\0');
        }
    }

    /**
     * The next PIN: with {@code in} null, from the console without echo when there is one; else
     * the next line of {@code in} (or of standard input). Subcommands that need two PINs (their own
     * and a new one) call this twice with the same argument.
     */
    public static char[] readPin(RootCommand root, String name, BufferedReader in) {
        Console console = System.console();
        if (console != null && in == null) {
            char[] pin = console.readPassword("%s", root.messages().get("cli.operator.pinPrompt", name));
            if (pin != null) {
                return pin;
            }
        }
        try {
            String line = (in == null ? stdin() : in).readLine();
            if (line == null || line.isBlank()) {
                throw new UserException("cli.operator.noPin");
            }
            return line.strip().toCharArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Standard input as UTF-8 lines. Create it once per subcommand and pass it on. */
    public static BufferedReader stdin() {
        return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    }
}
