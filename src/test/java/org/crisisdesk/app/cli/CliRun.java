package org.crisisdesk.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crisisdesk.app.Main;
import org.crisisdesk.cases.CaseFixtures;
import org.crisisdesk.common.Messages;
import picocli.CommandLine;

/** Runs the command line in-process with its own writers, as {@code java -jar crisis-desk.jar …} would. */
final class CliRun {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** "Now" for demo loads in tests: journey 1's morning. */
    static final Clock NOW = CaseFixtures.clockAt(10, 0);

    record Result(int exit, String out, String err) {
    }

    private CliRun() {
    }

    /** Runs with {@code pin} as the one line on standard input, as an operator typing it would. */
    static Result withPin(String pin, Path dataDir, String... args) {
        java.io.InputStream stdin = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream((pin + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            return run(dataDir, args);
        } finally {
            System.setIn(stdin);
        }
    }

    static Result run(Path dataDir, String... args) {
        return run(Locale.SIMPLIFIED_CHINESE, dataDir, args);
    }

    static Result run(Locale locale, Path dataDir, String... args) {
        CommandLine cli = Main.commandLine(new Messages(locale));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        ((DemoCommand) cli.getSubcommands().get("demo").getCommand()).clock = NOW;
        CommandLine cases = cli.getSubcommands().get("cases");
        ((CasesListCommand) cases.getSubcommands().get("list").getCommand()).zone = SHANGHAI;
        ((CasesShowCommand) cases.getSubcommands().get("show").getCommand()).zone = SHANGHAI;
        List<String> all = new ArrayList<>();
        if (dataDir != null) {
            all.add("--data-dir");
            all.add(dataDir.toString());
        }
        all.addAll(List.of(args));
        int exit = cli.execute(all.toArray(String[]::new));
        return new Result(exit, out.toString(), err.toString());
    }
}
