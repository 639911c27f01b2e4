package org.crisisdesk.checker;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The corpus of real-world replies (written before the rules, not copied from their examples):
 * recall on risky replies at least 95 %, false positives on clean replies at most 2.5 %.
 */
class CorpusTest {
    private final CompiledChecker checker = DefaultRules.checker();

    @Test
    void riskyRepliesAreCaught() throws IOException {
        List<String> risky = lines("corpus-risky.txt");
        List<String> missed = new ArrayList<>();
        for (String line : risky) {
            if (checker.check(line).isEmpty()) {
                missed.add(line);
            }
        }
        double recall = 1.0 - (double) missed.size() / risky.size();
        System.out.printf("corpus recall %.1f%% of %d, missed: %s%n", recall * 100, risky.size(), missed);
        assertTrue(risky.size() >= 80, "at least 80 risky lines");
        assertTrue(recall >= 0.95, "recall " + recall + " missed " + missed);
    }

    @Test
    void cleanRepliesAreLeftAlone() throws IOException {
        List<String> clean = lines("corpus-clean.txt");
        List<String> flagged = new ArrayList<>();
        for (String line : clean) {
            List<Hit> hits = checker.check(line);
            if (!hits.isEmpty()) {
                flagged.add(line + " " + hits.stream().map(h -> h.ruleId() + ":" + h.matchedText()).toList());
            }
        }
        double rate = (double) flagged.size() / clean.size();
        System.out.printf("corpus false positives %.1f%% of %d: %s%n", rate * 100, clean.size(), flagged);
        assertTrue(clean.size() >= 80, "at least 80 clean lines");
        assertTrue(rate <= 0.025, "false positives " + rate + ": " + flagged);
    }

    static List<String> lines(String name) throws IOException {
        try (InputStream in = CorpusTest.class.getResourceAsStream("/checker/" + name)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
    }
}
