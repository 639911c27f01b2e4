package org.crisisdesk.store.crash;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ten SIGKILLs of a writing desk; every acknowledged save survives each (see {@link CrashHarness}). */
class CrashTest {
    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedSaveSurvivesTenKills() throws Exception {
        CrashHarness.Figures f = CrashHarness.run(dir, 10, System.nanoTime());
        System.out.printf("crash test: %d kills, %d acknowledged changes verified, %d ms%n",
                f.kills(), f.acknowledged(), f.millis());
    }
}
