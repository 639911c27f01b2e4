package org.crisisdesk.store.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ten SIGKILLs of a writing desk (see {@link CrashHarness}): after each the database opens, passes
 * the consistency check and holds every change acknowledged before the kill.
 */
class CrashTest {
    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedSaveSurvivesTenKills() throws Exception {
        CrashHarness.Figures f = CrashHarness.run(dir, 10, System.nanoTime());
        System.out.printf("crash test: %d kills, %d acknowledged changes, %d ms, lost: %s%n",
                f.kills(), f.acknowledged(), f.millis(), f.lost());
        assertEquals(List.of(), f.lost());
    }
}
