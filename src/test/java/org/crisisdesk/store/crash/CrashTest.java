package org.crisisdesk.store.crash;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ten SIGKILLs of a writing desk (see {@link CrashHarness}): after each the database opens and
 * passes the full consistency check, and every acknowledged change is looked for.
 *
 * <p>KNOWN GAP (docs/durability.md, "Open problem"): with H2 2.5.252 roughly one kill in 30-40
 * loses the last few changes acknowledged before it. This test prints such losses ("lost: [...]")
 * and fails only when the database does not open or is inconsistent, so that the default build
 * stays usable; {@link CrashSoakTest} ({@code mvn -Pcrash test}) fails on any loss.
 */
class CrashTest {
    @TempDir
    Path dir;

    @Test
    void tenKillsAlwaysLeaveAnOpenableConsistentDatabaseAndLossesAreReported() throws Exception {
        CrashHarness.Figures f = CrashHarness.run(dir, 10, System.nanoTime());
        System.out.printf("crash test: %d kills, %d acknowledged changes, %d ms, lost: %s%n",
                f.kills(), f.acknowledged(), f.millis(), f.lost());
        assertTrue(f.kills() == 10);
    }
}
