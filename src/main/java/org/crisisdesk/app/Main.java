package org.crisisdesk.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.crisisdesk.app.cli.RootCommand;
import org.crisisdesk.app.single.CommandReply;
import org.crisisdesk.app.single.DeskClient;
import org.crisisdesk.common.Messages;
import org.crisisdesk.common.UserException;
import org.crisisdesk.store.DataDirectory;
import org.crisisdesk.store.DatabaseConfig;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * Entry point for {@code java -jar crisis-desk.jar}: a subcommand runs without a window, no
 * subcommand opens the desk. Kept free of {@code javafx.application.Application} so that the jar
 * starts from the plain class path.
 */
public final class Main {
    /** Exit code for bad usage or input; a one-line message goes to stderr. */
    public static final int EXIT_USAGE = 2;

    /** Held so the level sticks: library chatter (Flyway's progress, PDFBox) is not for the user's console. */
    private static final java.util.List<java.util.logging.Logger> QUIET = java.util.stream.Stream.of(
            "org.flywaydb", "org.apache.pdfbox")
            .map(java.util.logging.Logger::getLogger).toList();
    /**
     * fontbox warns at every PDF that the bundled font's format-14 cmap (variation selectors, which the
     * reports do not use) is ignored; only its errors reach the console.
     */
    private static final java.util.logging.Logger FONTBOX = java.util.logging.Logger.getLogger("org.apache.fontbox");

    private Main() {
    }

    public static void main(String[] args) {
        QUIET.forEach(l -> l.setLevel(java.util.logging.Level.WARNING));
        FONTBOX.setLevel(java.util.logging.Level.SEVERE);
        Messages messages = Messages.forDefaultLocale();
        Optional<DeskStart> plain = DeskStart.of(args);
        if (plain.isPresent()) {
            Path dir = DataDirectory.resolve(plain.get().dataDir());
            openDesk(dir, DatabaseConfig.fromEnvironment(dir), args, messages);
            return;
        }
        CommandLine cli = commandLine(messages);
        ParseResult parsed;
        try {
            parsed = cli.parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            cli.getErr().println(e.getMessage());
            cli.getErr().flush();
            System.exit(EXIT_USAGE);
            return;
        }
        RootCommand root = cli.getCommand();
        if (!parsed.hasSubcommand() && !parsed.isUsageHelpRequested() && !parsed.isVersionHelpRequested()) {
            openDesk(root.dataDir(), root.databaseConfig(), args, messages);
            return;
        }
        if (parsed.hasSubcommand()) {
            // while a desk runs on this folder, it answers (it holds the database)
            Optional<CommandReply> answered = DeskClient.run(root.dataDir(), args);
            if (answered.isPresent()) {
                System.out.print(answered.get().out());
                System.out.flush();
                System.err.print(answered.get().err());
                System.err.flush();
                System.exit(answered.get().exitCode());
                return;
            }
        }
        System.exit(cli.execute(args));
    }

    private static void openDesk(Path dataDir, DatabaseConfig config, String[] args, Messages messages) {
        if (DeskClient.bringToFront(dataDir)) {
            // one desk per data folder: the running one came to the front
            System.out.println(messages.get("desk.broughtToFront"));
            System.exit(0);
            return;
        }
        DeskLauncher.launch(dataDir, config, args);
    }

    /**
     * The everyday start, {@code crisis-desk} or {@code crisis-desk --data-dir DIR}, recognised
     * without picocli: building its model of every subcommand costs about a third of a second of a
     * start that should stay under two. Anything else goes through picocli.
     */
    record DeskStart(Path dataDir) {
        static Optional<DeskStart> of(String[] args) {
            try {
                if (args.length == 0) {
                    return Optional.of(new DeskStart(null));
                }
                if (args.length == 2 && args[0].equals("--data-dir") && !args[1].isBlank()) {
                    return Optional.of(new DeskStart(Path.of(args[1])));
                }
                if (args.length == 1 && args[0].startsWith("--data-dir=") && args[0].length() > 11) {
                    return Optional.of(new DeskStart(Path.of(args[0].substring(11))));
                }
            } catch (java.nio.file.InvalidPathException e) {
                return Optional.empty(); // picocli says what is wrong with it
            }
            return Optional.empty();
        }
    }

    /**
     * Runs a command line handed over by a second launch inside the running desk, capturing what
     * it prints: the same output and exit code as when run directly.
     */
    public static CommandReply runInDesk(Messages messages, List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = commandLine(messages);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        ((RootCommand) cli.getCommand()).markInDesk();
        int code = cli.execute(args.toArray(String[]::new));
        cli.getOut().flush();
        cli.getErr().flush();
        return new CommandReply(code, out.toString(), err.toString());
    }

    /** The configured command line; tests run it in-process with their own writers. */
    public static CommandLine commandLine(Messages messages) {
        CommandLine cli = new CommandLine(new RootCommand(messages));
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof UserException ue) {
                commandLine.getErr().println(ue.localized(messages));
            } else {
                commandLine.getErr().println(messages.get("error.unexpected", String.valueOf(ex.getMessage())));
            }
            commandLine.getErr().flush();
            return EXIT_USAGE;
        });
        cli.setParameterExceptionHandler((ex, args) -> {
            ex.getCommandLine().getErr().println(ex.getMessage());
            ex.getCommandLine().getErr().flush();
            return EXIT_USAGE;
        });
        return cli;
    }
}
