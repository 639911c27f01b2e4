package org.crisisdesk.checker;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rules compiled into one matcher: every word of every pattern and exception goes into one
 * Aho–Corasick automaton over normalised text; ordered parts, gaps, sentences and exceptions are
 * then checked on the few occurrences found. Linear in the text length; no regular expressions.
 * Immutable and safe to share between threads.
 *
 * <p>Build one with {@link #compile(List)}, which refuses rules that are malformed or whose own
 * examples fail, naming the rule and the example.
 */
public final class CompiledChecker implements PhraseChecker {
    /** One pattern (or exception) of one rule, compiled. */
    record CompiledPattern(int rule, boolean exception, int partCount, int maxGap, RulePattern.Scope scope) {
    }

    /** A place a term is used: which pattern, which part. */
    record Use(int pattern, int part) {
    }

    /** Texts longer than two of these are checked in pieces cut at line breaks. */
    private static final int CHUNK = 8192;

    private final List<Rule> rules;
    private final Normalizer normalizer;
    private final AhoCorasick automaton;
    private final CompiledPattern[] patterns;
    private final Use[][] uses;
    private final int maxTermLength;

    private CompiledChecker(List<Rule> rules, Normalizer normalizer) {
        this.rules = List.copyOf(rules);
        this.normalizer = normalizer;
        Map<String, Integer> termIds = new LinkedHashMap<>();
        List<List<Use>> usesByTerm = new ArrayList<>();
        List<CompiledPattern> compiled = new ArrayList<>();
        int longest = 1;
        for (int r = 0; r < rules.size(); r++) {
            Rule rule = rules.get(r);
            for (int pass = 0; pass < 2; pass++) {
                boolean exception = pass == 1;
                for (RulePattern p : exception ? rule.exceptions() : rule.patterns()) {
                    int index = compiled.size();
                    compiled.add(new CompiledPattern(r, exception, p.parts().size(), p.maxGap(), p.scope()));
                    for (int part = 0; part < p.parts().size(); part++) {
                        for (String word : p.parts().get(part)) {
                            String term = normalizer.normalizeTerm(word);
                            if (term.isEmpty()) {
                                continue; // refused by validation; skipped when compiling unchecked
                            }
                            Integer id = termIds.get(term);
                            if (id == null) {
                                id = termIds.size();
                                termIds.put(term, id);
                                usesByTerm.add(new ArrayList<>(1));
                            }
                            if (!hasUse(usesByTerm.get(id), index, part)) {
                                usesByTerm.get(id).add(new Use(index, part));
                            }
                            longest = Math.max(longest, term.codePointCount(0, term.length()));
                        }
                    }
                }
            }
        }
        this.maxTermLength = longest;
        this.patterns = compiled.toArray(new CompiledPattern[0]);
        this.uses = new Use[usesByTerm.size()][];
        for (int t = 0; t < uses.length; t++) {
            uses[t] = usesByTerm.get(t).toArray(new Use[0]);
        }
        List<int[]> terms = new ArrayList<>(termIds.size());
        for (String term : termIds.keySet()) {
            int[] cps = new int[term.codePointCount(0, term.length())];
            for (int i = 0, k = 0; i < term.length(); k++) {
                cps[k] = term.codePointAt(i);
                i += Character.charCount(cps[k]);
            }
            terms.add(cps);
        }
        this.automaton = new AhoCorasick(terms);
    }

    // a plain loop rather than record equality: this runs at start-up, before anything is warm
    private static boolean hasUse(List<Use> uses, int pattern, int part) {
        for (Use u : uses) {
            if (u.pattern() == pattern && u.part() == part) {
                return true;
            }
        }
        return false;
    }

    /**
     * Compiles the rules after validating them and running every rule's examples.
     *
     * @throws RuleException naming the first rule (and example) that failed
     */
    public static CompiledChecker compile(List<Rule> rules) {
        RuleVerification verification = RuleVerification.run(rules, new Normalizer());
        if (!verification.problems().isEmpty()) {
            throw new RuleException(verification.problems().get(0));
        }
        return verification.checker();
    }

    /** Compiles without validating or running examples; for verification itself and benchmarks. */
    static CompiledChecker compileUnchecked(List<Rule> rules, Normalizer normalizer) {
        return new CompiledChecker(rules, normalizer);
    }

    public List<Rule> rules() {
        return rules;
    }

    public Rule rule(String id) {
        for (Rule r : rules) {
            if (r.id().equals(id)) {
                return r;
            }
        }
        return null;
    }

    @Override
    public List<Hit> check(CharSequence text) {
        if (text == null || text.length() == 0) {
            return List.of();
        }
        if (text.length() > 2 * CHUNK) {
            return checkInChunks(text);
        }
        return checkOne(text);
    }

    /**
     * A long text in pieces cut at line breaks. Exact, because no match crosses a line break; and
     * faster, since the working arrays stay small and each piece's hits are sorted on their own.
     */
    private List<Hit> checkInChunks(CharSequence text) {
        List<Hit> all = new ArrayList<>();
        int start = 0;
        int length = text.length();
        while (start < length) {
            int end = Math.min(length, start + CHUNK);
            while (end < length && text.charAt(end - 1) != '\n') {
                end++;
            }
            int offset = start;
            for (Hit h : checkOne(text.subSequence(start, end))) {
                all.add(new Hit(h.start() + offset, h.end() + offset, h.ruleId(), h.kind(), h.severity(),
                        h.matchedText(), h.reason(), h.suggestions()));
            }
            start = end;
        }
        return all;
    }

    private List<Hit> checkOne(CharSequence text) {
        NormalizedText normalized = normalizer.normalize(text);
        Run run = new Run(normalized);
        automaton.search(normalized, run);
        if (run.spanCount == 0) {
            return List.of();
        }
        return run.hits(text);
    }

    /**
     * A checker for one draft being edited: after a small edit it re-checks only the paragraph
     * that changed and returns exactly what {@link #check} would.
     */
    public CheckSession session() {
        return new CheckSession(this);
    }

    /** The number of automaton states, a measure of the compiled size. */
    public int stateCount() {
        return automaton.stateCount();
    }

    /** The state of one check: occurrences found so far, partial chains of ordered parts. */
    private final class Run implements AhoCorasick.Sink {
        private final NormalizedText text;
        private int[] spans = new int[24]; // triples: pattern, start, end
        private int spanCount;
        private Map<Long, List<int[]>> chains; // (pattern, part) -> {end, chainStart, sentence}

        Run(NormalizedText text) {
            this.text = text;
        }

        @Override
        public void match(int term, int start, int end) {
            for (Use use : uses[term]) {
                CompiledPattern p = patterns[use.pattern()];
                if (p.partCount() == 1) {
                    addSpan(use.pattern(), start, end);
                } else {
                    chain(use, p, start, end);
                }
            }
        }

        private void chain(Use use, CompiledPattern p, int start, int end) {
            int sentence = text.sentence[start];
            int chainStart = start;
            if (use.part() > 0) {
                List<int[]> before = chains == null ? null : chains.get(key(use.pattern(), use.part() - 1));
                if (before == null) {
                    return;
                }
                int best = -1;
                for (int k = 0; k < before.size(); k++) {
                    int[] c = before.get(k);
                    if (c[2] == sentence && c[0] <= start && start - c[0] <= p.maxGap()
                            && (best < 0 || c[0] > before.get(best)[0])) {
                        best = k;
                    }
                }
                if (best < 0) {
                    return;
                }
                chainStart = before.get(best)[1];
            }
            if (use.part() == p.partCount() - 1) {
                addSpan(use.pattern(), chainStart, end);
                return;
            }
            if (chains == null) {
                chains = new HashMap<>();
            }
            List<int[]> list = chains.computeIfAbsent(key(use.pattern(), use.part()), k -> new ArrayList<>(2));
            int horizon = end - p.maxGap() - maxTermLength;
            list.removeIf(c -> c[2] != sentence || c[0] < horizon);
            list.add(new int[] {end, chainStart, sentence});
        }

        private long key(int pattern, int part) {
            return ((long) pattern << 16) | part;
        }

        private void addSpan(int pattern, int start, int end) {
            if (spanCount * 3 == spans.length) {
                spans = java.util.Arrays.copyOf(spans, spans.length * 2);
            }
            spans[spanCount * 3] = pattern;
            spans[spanCount * 3 + 1] = start;
            spans[spanCount * 3 + 2] = end;
            spanCount++;
        }

        List<Hit> hits(CharSequence original) {
            Map<Integer, List<int[]>> found = new LinkedHashMap<>();
            Map<Integer, List<int[]>> cancels = new HashMap<>();
            for (int k = 0; k < spanCount; k++) {
                CompiledPattern p = patterns[spans[k * 3]];
                int[] span = {spans[k * 3 + 1], spans[k * 3 + 2], p.scope() == RulePattern.Scope.SENTENCE ? 1 : 0};
                (p.exception() ? cancels : found).computeIfAbsent(p.rule(), r -> new ArrayList<>()).add(span);
            }
            List<Hit> hits = new ArrayList<>();
            for (Map.Entry<Integer, List<int[]>> e : found.entrySet()) {
                List<int[]> kept = new ArrayList<>();
                for (int[] span : e.getValue()) {
                    if (!cancelled(span, cancels.get(e.getKey()))) {
                        kept.add(span);
                    }
                }
                kept.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
                Rule rule = rules.get(e.getKey());
                int i = 0;
                while (i < kept.size()) {
                    int s = kept.get(i)[0];
                    int en = kept.get(i)[1];
                    i++;
                    while (i < kept.size() && kept.get(i)[0] < en) { // overlapping hits of one rule merge
                        en = Math.max(en, kept.get(i)[1]);
                        i++;
                    }
                    int from = text.start[s];
                    int to = text.end[en - 1];
                    hits.add(new Hit(from, to, rule.id(), rule.kind(), rule.severity(),
                            original.subSequence(from, to).toString(), rule.reason(), rule.suggestions()));
                }
            }
            return withoutCoveredHits(hits);
        }

        /**
         * Drops a hit that lies inside another hit of the same kind at least as severe (say the
         * 私单 warning inside "私单，退不了" which is blocked), so that the editor underlines once.
         */
        private List<Hit> withoutCoveredHits(List<Hit> hits) {
            hits.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                    : a.end() != b.end() ? Integer.compare(b.end(), a.end())
                    : a.severity() != b.severity() ? a.severity().compareTo(b.severity()) : a.ruleId().compareTo(b.ruleId()));
            Map<String, int[]> cover = new HashMap<>(); // kind -> {max end of any hit, max end of a BLOCK hit}
            List<Hit> kept = new ArrayList<>(hits.size());
            for (Hit h : hits) {
                int[] c = cover.computeIfAbsent(h.kind(), k -> new int[] {-1, -1});
                boolean covered = h.severity() == Severity.BLOCK ? c[1] >= h.end() : c[0] >= h.end();
                if (!covered) {
                    kept.add(h);
                }
                c[0] = Math.max(c[0], h.end());
                if (h.severity() == Severity.BLOCK) {
                    c[1] = Math.max(c[1], h.end());
                }
            }
            kept.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                    : a.end() != b.end() ? Integer.compare(a.end(), b.end()) : a.ruleId().compareTo(b.ruleId()));
            return kept;
        }

        private boolean cancelled(int[] span, List<int[]> exceptions) {
            if (exceptions == null) {
                return false;
            }
            for (int[] x : exceptions) {
                boolean overlaps = x[0] < span[1] && span[0] < x[1];
                boolean sameSentence = x[2] == 1 && text.sentence[x[0]] == text.sentence[span[0]];
                if (overlaps || sameSentence) {
                    return true;
                }
            }
            return false;
        }
    }
}
