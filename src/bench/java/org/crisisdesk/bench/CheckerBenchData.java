package org.crisisdesk.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.crisisdesk.checker.DefaultRules;
import org.crisisdesk.checker.Rule;
import org.crisisdesk.checker.RulePattern;
import org.crisisdesk.checker.Severity;

/** The inputs of the checker benchmarks: default rules + 5,000 extra literal terms, a 2,000-character draft. */
final class CheckerBenchData {
    /** Common characters the extra terms are drawn from (seeded, so every run uses the same terms). */
    private static final String POOL = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处府研";

    private CheckerBenchData() {
    }

    static List<String> extraTerms(int count) {
        Random random = new Random(20260315L);
        Set<String> terms = new LinkedHashSet<>();
        while (terms.size() < count) {
            int len = 2 + random.nextInt(3);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < len; i++) {
                sb.append(POOL.charAt(random.nextInt(POOL.length())));
            }
            terms.add(sb.toString());
        }
        return new ArrayList<>(terms);
    }

    /** The default rules plus one rule holding the extra literal terms. */
    static List<Rule> rules(List<String> extra) {
        List<Rule> rules = new ArrayList<>(DefaultRules.rules());
        rules.add(new Rule("bench-extra", "custom", Severity.WARN, "benchmark term", List.of("-"),
                List.of(new RulePattern(List.of(extra), 0, null)), List.of(), List.of(extra.get(0)), List.of()));
        return rules;
    }

    /** Every word of every pattern, for the comparison library (which knows only word lists). */
    static List<String> allWords(List<Rule> rules) {
        Set<String> words = new LinkedHashSet<>();
        for (Rule r : rules) {
            for (RulePattern p : r.patterns()) {
                p.parts().forEach(words::addAll);
            }
        }
        return new ArrayList<>(words);
    }

    /** A 2,000-character reply: clean and risky corpus lines, a paragraph every few sentences. */
    static String draft(int length) throws IOException {
        List<String> clean = lines("corpus-clean.txt");
        List<String> risky = lines("corpus-risky.txt");
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (sb.length() < length) {
            String line = i % 7 == 3 ? risky.get(i % risky.size()) : clean.get(i % clean.size());
            sb.append(line).append(i % 4 == 3 ? "\n" : "。");
            i++;
        }
        return sb.substring(0, length);
    }

    private static List<String> lines(String name) throws IOException {
        try (InputStream in = CheckerBenchData.class.getResourceAsStream("/checker/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
    }
}
