package org.crisisdesk.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CompiledCheckerTest {
    private static Rule rule(String id, List<RulePattern> patterns, List<RulePattern> exceptions, List<String> flag,
                             List<String> notFlag) {
        return new Rule(id, "9", Severity.WARN, "why", List.of("instead"), patterns, exceptions, flag, notFlag);
    }

    private static CompiledChecker one(RulePattern pattern, RulePattern... exceptions) {
        return CompiledChecker.compileUnchecked(List.of(rule("r", List.of(pattern), List.of(exceptions),
                List.of("x"), List.of())), new Normalizer());
    }

    @Test
    void literalPhrase() {
        CompiledChecker c = one(RulePattern.literal("私单"));
        List<Hit> hits = c.check("这是私单，退不了");
        assertEquals(1, hits.size());
        Hit h = hits.get(0);
        assertEquals(2, h.start());
        assertEquals(4, h.end());
        assertEquals("私单", h.matchedText());
        assertEquals("r", h.ruleId());
        assertEquals("9", h.kind());
        assertEquals(Severity.WARN, h.severity());
        assertEquals(List.of("instead"), h.suggestions());
        assertTrue(c.check("这是私人物品").isEmpty());
    }

    @Test
    void wordSet() {
        CompiledChecker c = one(RulePattern.anyOf("我认为", "我觉得", "在我看来"));
        assertEquals(3, c.check("我认为；我觉得；在我看来").size());
        assertTrue(c.check("您认为呢？您觉得呢？").isEmpty());
    }

    @Test
    void orderedPartsWithinGapAndSentence() {
        CompiledChecker c = one(RulePattern.parts(5, List.of(List.of("商户", "老板"), List.of("跑了"), List.of("没办法"))));
        List<Hit> hits = c.check("哎，商户跑了，我们也没办法。");
        assertEquals(1, hits.size());
        assertEquals("商户跑了，我们也没办法", hits.get(0).matchedText());
        assertTrue(c.check("没办法，商户跑了").isEmpty(), "order matters");
        assertTrue(c.check("商户跑了。我们也没办法").isEmpty(), "one sentence only");
        assertTrue(c.check("商户跑了，后来我们找了很久很久也没办法").isEmpty(), "gap larger than 5");
        assertEquals(1, c.check("老板跑了，真没办法").size());
    }

    @Test
    void exceptionCancelsOverlappingHit() {
        CompiledChecker c = one(RulePattern.literal("私单"), RulePattern.anyOf("不是私单"));
        assertTrue(c.check("这个不是私单，可以退").isEmpty());
        assertEquals(1, c.check("这个不是私单，那个是私单").size());
    }

    @Test
    void sentenceScopedExceptionCancelsEveryHitInItsSentence() {
        CompiledChecker c = one(RulePattern.literal("私单"),
                RulePattern.literal("开玩笑").withScope(RulePattern.Scope.SENTENCE));
        assertTrue(c.check("私单是开玩笑的").isEmpty());
        assertEquals(1, c.check("私单。开玩笑的").size());
    }

    @Test
    void hitsPointAtTheTextAsTypedAroundEmojiAndInsertedSymbols() {
        CompiledChecker c = one(RulePattern.literal("私单"));
        String text = "👍这是私😀-单哦";
        Hit h = c.check(text).get(0);
        assertEquals(text.indexOf('私'), h.start());
        assertEquals(text.indexOf('单') + 1, h.end());
        assertEquals("私😀-单", h.matchedText());
        String trad = "🙏這是私單";
        Hit t = c.check(trad).get(0);
        assertEquals("私單", t.matchedText());
        assertEquals(4, t.start());
    }

    @Test
    void repeatedCharactersAreCoveredByTheHit() {
        CompiledChecker c = one(RulePattern.literal("私单"));
        Hit h = c.check("私私单单了").get(0);
        assertEquals(0, h.start());
        assertEquals(4, h.end());
    }

    @Test
    void overlappingHitsOfOneRuleMerge() {
        CompiledChecker c = one(RulePattern.anyOf("我个人认为", "个人认为"));
        List<Hit> hits = c.check("我个人认为");
        assertEquals(1, hits.size());
        assertEquals("我个人认为", hits.get(0).matchedText());
    }

    @Test
    void badInputIsSafe() {
        CompiledChecker c = one(RulePattern.literal("私单"));
        assertTrue(c.check("").isEmpty());
        assertTrue(c.check("\ud800\udc00\ud800").isEmpty());
        assertEquals(1, c.check("\u0000私\ud800单\u001b").size());
        StringBuilder big = new StringBuilder();
        while (big.length() < 1_000_000) {
            big.append("您好，我们会尽快核实情况再以书面形式答复您。私单");
        }
        assertTrue(c.check(big).size() > 10_000);
    }

    @Test
    void emptyOrSymbolOnlyPatternIsRefused() {
        for (String bad : List.of("", "  ", "…—*", "😀")) {
            Rule r = rule("bad", List.of(RulePattern.literal(bad)), List.of(), List.of("x"), List.of());
            RuleException e = assertThrows(RuleException.class, () -> CompiledChecker.compile(List.of(r)));
            assertEquals("checker.rule.emptyPattern", e.key());
            assertEquals("bad", e.args()[0]);
        }
    }

    @Test
    void failingExampleIsRefusedNamingRuleAndExample() {
        Rule r = rule("pv", List.of(RulePattern.literal("我认为")), List.of(), List.of("我觉得不行"), List.of());
        RuleException e = assertThrows(RuleException.class, () -> CompiledChecker.compile(List.of(r)));
        assertEquals("checker.rule.exampleMissed", e.key());
        assertEquals(List.of("pv", "我觉得不行"), List.of(e.args()));
        Rule r2 = rule("pv", List.of(RulePattern.literal("认为")), List.of(), List.of("我认为"), List.of("您认为呢"));
        RuleException e2 = assertThrows(RuleException.class, () -> CompiledChecker.compile(List.of(r2)));
        assertEquals("checker.rule.exampleWronglyFlagged", e2.key());
        assertEquals("您认为呢", e2.args()[1]);
    }

    @Test
    void verificationReportsEveryExample() {
        Rule r = rule("pv", List.of(RulePattern.literal("我认为")), List.of(), List.of("我认为行", "我觉得行"),
                List.of("您认为呢"));
        RuleVerification v = RuleVerification.run(List.of(r), new Normalizer());
        assertEquals(3, v.examples().size());
        assertEquals(1, v.examples().stream().filter(x -> !x.passed()).count());
        assertEquals(1, v.problems().size());
    }

    @Test
    void duplicateIdsAndBadGapsAreRefused() {
        Rule a = rule("a", List.of(RulePattern.literal("x")), List.of(), List.of("x"), List.of());
        assertEquals("checker.rule.duplicateId",
                assertThrows(RuleException.class, () -> CompiledChecker.compile(List.of(a, a))).key());
        Rule g = rule("g", List.of(RulePattern.parts(500, List.of(List.of("a"), List.of("b")))), List.of(),
                List.of("ab"), List.of());
        assertEquals("checker.rule.badGap", assertThrows(RuleException.class, () -> CompiledChecker.compile(List.of(g))).key());
    }

    @Test
    void compiledCheckerIsSharedSafelyBetweenThreads() throws Exception {
        CompiledChecker c = DefaultRules.checker();
        String text = "这是私单，肯定退不了。我觉得没问题";
        List<Hit> expected = c.check(text);
        List<Thread> threads = new java.util.ArrayList<>();
        java.util.concurrent.atomic.AtomicInteger wrong = new java.util.concurrent.atomic.AtomicInteger();
        for (int t = 0; t < 4; t++) {
            Thread th = new Thread(() -> {
                for (int i = 0; i < 2000; i++) {
                    if (!c.check(text).equals(expected)) {
                        wrong.incrementAndGet();
                    }
                }
            });
            threads.add(th);
            th.start();
        }
        for (Thread th : threads) {
            th.join();
        }
        assertEquals(0, wrong.get());
    }
}
