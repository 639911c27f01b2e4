package org.crisisdesk.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RootCommandTest {
    @Test
    void versionNamesTheProgram() {
        CliRun.Result r = CliRun.run(null, "--version");
        assertEquals(0, r.exit());
        assertTrue(r.out().startsWith("Crisis Desk (舆情应对台) "), r.out());
    }

    @Test
    void helpListsTheSubcommands() {
        CliRun.Result r = CliRun.run(null, "--help");
        assertEquals(0, r.exit());
        for (String sub : new String[] {"info", "demo", "cases", "--data-dir"}) {
            assertTrue(r.out().contains(sub), sub + " in " + r.out());
        }
        assertTrue(r.out().contains("demo data set"), r.out());
    }

    @Test
    void casesHelpDescribesListAndShow() {
        CliRun.Result list = CliRun.run(null, "cases", "list", "--help");
        assertEquals(0, list.exit());
        assertTrue(list.out().contains("--json") && list.out().contains("--all") && list.out().contains("--status"));
        assertTrue(list.out().contains("Include closed cases."), list.out());
        CliRun.Result show = CliRun.run(null, "cases", "show", "--help");
        assertTrue(show.out().contains("CASE_NO") && show.out().contains("SH01-2026-0001"), show.out());
    }

    @Test
    void everyCommandHasItsOwnHelp() {
        String rootDescription = "Without a subcommand the desk window opens";
        CliRun.Result root = CliRun.run(null, "--help");
        assertEquals(1, root.out().split(rootDescription, -1).length - 1,
                "the root's description stands once, not in place of a subcommand's: " + root.out());
        String[][] commands = {{"info"}, {"demo"}, {"cases"}, {"cases", "list"}, {"cases", "show"}, {"check"},
                {"rules"}, {"rules", "export"}, {"rules", "import"}, {"scripts"}, {"scripts", "export"},
                {"scripts", "import"}, {"audit"}, {"audit", "verify"}, {"audit", "head"}, {"operators"},
                {"operators", "list"}, {"operators", "add"}, {"report"}, {"backup"}, {"restore"}, {"backups"},
                {"backups", "list"}};
        for (String[] command : commands) {
            String[] args = java.util.Arrays.copyOf(command, command.length + 1);
            args[command.length] = "--help";
            CliRun.Result r = CliRun.run(null, args);
            String name = String.join(" ", command);
            assertEquals(0, r.exit(), name + ": " + r.err());
            assertTrue(r.out().contains("Usage: crisis-desk " + name), name + ": " + r.out());
            assertTrue(!r.out().contains(rootDescription), name + " shows the root's description: " + r.out());
        }
    }

    @Test
    void casesWithoutSubcommandIsBadUsage(@TempDir Path dir) {
        CliRun.Result r = CliRun.run(dir, "cases");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("list"), r.err());
    }

    @Test
    void unknownOptionIsBadUsage() {
        CliRun.Result r = CliRun.run(null, "cases", "list", "--bogus");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--bogus"), r.err());
    }
}
