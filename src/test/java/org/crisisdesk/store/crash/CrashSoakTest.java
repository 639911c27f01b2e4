package org.crisisdesk.store.crash;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The long run: {@code mvn -Pcrash test}, 60 SIGKILLs (-Dcrash.kills=N to change). */
class CrashSoakTest {
    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedSaveSurvivesManyKills() throws Exception {
        int kills = Integer.getInteger("crash.kills", 60);
        String keep = System.getProperty("crash.dir", "");
        Path where = keep.isBlank() ? dir : java.nio.file.Files.createDirectories(Path.of(keep));
        CrashHarness.Figures f = CrashHarness.run(where, kills, System.nanoTime());
        System.out.printf("crash soak: %d kills, %d acknowledged changes, %d ms, lost: %s%n",
                f.kills(), f.acknowledged(), f.millis(), f.lost());
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), f.lost());
    }
}
