package org.crisisdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The everyday start bypasses picocli; everything else must still reach it. */
class DeskStartTest {
    @Test
    void noArgumentsOrOnlyTheDataFolderOpenTheDesk() {
        assertEquals(Optional.of(new Main.DeskStart(null)), Main.DeskStart.of(new String[0]));
        assertEquals(Path.of("/d/桌面"), Main.DeskStart.of(new String[] {"--data-dir", "/d/桌面"}).orElseThrow().dataDir());
        assertEquals(Path.of("/d"), Main.DeskStart.of(new String[] {"--data-dir=/d"}).orElseThrow().dataDir());
    }

    @Test
    void subcommandsHelpAndMistakesGoToPicocli() {
        for (String[] args : new String[][] {{"info"}, {"--help"}, {"--version"}, {"--data-dir"}, {"--data-dir="},
                {"--data-dir", "/d", "info"}, {"--data-dir", " "}, {"--datadir", "/d"}, {"--data-dir", "a\0b"}}) {
            assertTrue(Main.DeskStart.of(args).isEmpty(), String.join(" ", args));
        }
    }
}
