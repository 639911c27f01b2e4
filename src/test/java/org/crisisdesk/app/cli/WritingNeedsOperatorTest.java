package org.crisisdesk.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Once a desk has operators, a subcommand that changes settings acts as a named operator with a PIN. */
class WritingNeedsOperatorTest {
    @TempDir
    Path dir;


    @Test
    void rulesImportNeedsASupervisorWithPin() {
        Path data = dir.resolve("data");
        assertEquals(0, CliRun.run(data, "demo").exit());
        Path rules = dir.resolve("rules.json");
        assertEquals(0, CliRun.run(data, "rules", "export", "--out", rules.toString()).exit());

        CliRun.Result anonymous = CliRun.run(data, "rules", "import", rules.toString());
        assertEquals(2, anonymous.exit());
        assertTrue(anonymous.err().contains("--operator"), anonymous.err());

        CliRun.Result staff = CliRun.withPin("135792", data, "rules", "import", rules.toString(), "--operator", "陈晓");
        assertEquals(2, staff.exit());
        assertTrue(staff.err().contains("主管"), staff.err());

        CliRun.Result supervisor = CliRun.withPin("246810", data, "rules", "import", rules.toString(), "--operator", "王主管");
        assertEquals(0, supervisor.exit(), supervisor.err());
    }
}
