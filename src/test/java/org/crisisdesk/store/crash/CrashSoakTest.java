package org.crisisdesk.store.crash;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The long run: {@code mvn -Pcrash test}, 60 SIGKILLs (-Dcrash.kills=N to change). */
class CrashSoakTest {
    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedSaveSurvivesManyKills() throws Exception {
        int kills = Integer.getInteger("crash.kills", 60);
        CrashHarness.Figures f = CrashHarness.run(dir, kills, System.nanoTime());
        System.out.printf("crash soak: %d kills, %d acknowledged changes verified, %d ms%n",
                f.kills(), f.acknowledged(), f.millis());
    }
}
