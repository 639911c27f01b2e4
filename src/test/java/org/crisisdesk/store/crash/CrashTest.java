package org.crisisdesk.store.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ten SIGKILLs of a writing desk (see {@link CrashHarness}): after each the database opens and
 * passes the full consistency check, and every acknowledged change is there. {@link CrashSoakTest}
 * ({@code mvn -Pcrash test}) does the same with 60 kills; {@link SyncedCopyTest} covers the
 * chunk-placement case that H2 2.5.x lost (docs/durability.md) deterministically.
 */
class CrashTest {
    @TempDir
    Path dir;

    @Test
    void tenKillsLoseNoAcknowledgedSave() throws Exception {
        CrashHarness.Figures f = CrashHarness.run(dir, 10, System.nanoTime());
        System.out.printf("crash test: %d kills, %d acknowledged changes, %d ms, lost: %s%n",
                f.kills(), f.acknowledged(), f.millis(), f.lost());
        assertEquals(List.of(), f.lost());
    }
}
