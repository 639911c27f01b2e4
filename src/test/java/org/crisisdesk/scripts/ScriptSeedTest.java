package org.crisisdesk.scripts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.crisisdesk.checker.DefaultRules;
import org.crisisdesk.checker.PhraseChecker;
import org.crisisdesk.drafting.DefaultScriptSource;
import org.crisisdesk.drafting.Placeholder;
import org.crisisdesk.drafting.Placeholders;
import org.crisisdesk.drafting.ScriptSnippet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScriptSeedTest {
    @TempDir
    Path dir;

    @Test
    void everySeededScriptHasZeroHitsAndNoUnknownPlaceholder() {
        try (ScriptFixture f = new ScriptFixture(dir)) {
            List<Script> seeded = f.scripts.list();
            assertTrue(seeded.size() >= 19, "three basic + media reply + at least 15 more: " + seeded.size());
            for (PhraseChecker checker : List.of(DefaultRules.checker(), f.rules.checker())) {
                for (Script s : seeded) {
                    assertEquals(List.of(), checker.check(s.title() + "\n" + s.body()), s.code());
                    assertEquals(List.of(), Placeholders.findUnknown(s.body()), s.code());
                    assertEquals(ScriptState.APPROVED, s.state(), s.code());
                    assertEquals("集团企划", s.approvedBy(), s.code());
                    assertEquals(Origin.SEED, s.origin());
                }
            }
            Set<Scenario> covered = seeded.stream().map(Script::scenario).collect(Collectors.toSet());
            assertEquals(EnumSet.allOf(Scenario.class), covered);
            assertEquals(1, f.scripts.versions(seeded.get(0).id()).size());
        }
    }

    @Test
    void basicScriptsAndMediaReplyAreVerbatimAsInDrafting() {
        try (ScriptFixture f = new ScriptFixture(dir)) {
            for (ScriptSnippet s : new DefaultScriptSource().approvedScripts()) {
                assertEquals(s.body(), f.byCode(s.id()).body(), s.id());
            }
            List<Placeholder> reply = Placeholders.findUnfilled(f.byCode(DefaultScriptSource.MEDIA_WRITTEN_REPLY).body());
            assertTrue(reply.containsAll(List.of(Placeholder.PROMISED_TIME, Placeholder.JOURNALIST, Placeholder.OUTLET,
                    Placeholder.CASE_NO, Placeholder.DATE)));
        }
    }
}
