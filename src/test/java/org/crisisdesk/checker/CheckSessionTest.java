package org.crisisdesk.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CheckSessionTest {
    private final CompiledChecker checker = DefaultRules.checker();

    @Test
    void sessionGivesExactlyTheHitsOfAFullCheckAcrossRandomEdits() throws Exception {
        List<String> lines = CorpusTest.lines("corpus-risky.txt");
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            text.append(lines.get(i * 2)).append(i % 3 == 0 ? "\n" : "。");
        }
        CheckSession session = checker.session();
        Random random = new Random(42);
        String alphabet = "私单退不了我觉得\n，。 😀商户跑";
        for (int edit = 0; edit < 500; edit++) {
            int at = random.nextInt(text.length() + 1);
            if (random.nextBoolean() && text.length() > 0 && at < text.length()) {
                text.deleteCharAt(at);
            } else {
                text.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertEquals(checker.check(text), session.check(text), "after edit " + edit);
        }
    }

    @Test
    void longTextsCheckedInPiecesGiveTheSameHits() throws Exception {
        List<String> lines = new java.util.ArrayList<>(CorpusTest.lines("corpus-risky.txt"));
        lines.addAll(CorpusTest.lines("corpus-clean.txt"));
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < 60_000; i++) {
            text.append(lines.get(i % lines.size())).append(i % 5 == 0 ? "\n" : "，");
        }
        List<Hit> whole = checker.check(text);
        assertEquals(checker.session().check(text), whole);
        assertEquals(text.substring(whole.get(whole.size() - 1).start(), whole.get(whole.size() - 1).end()),
                whole.get(whole.size() - 1).matchedText());
    }

    @Test
    void coveredHitsAreDroppedOnce() {
        List<Hit> hits = checker.check("这是私单，退不了");
        assertEquals(1, hits.size());
        assertEquals("k3-private-order-refund", hits.get(0).ruleId());
    }
}
