package org.crisisdesk.checker;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A checker for one text that is edited keystroke by keystroke (the drafting editor): remembers
 * the hits of each paragraph and re-checks only paragraphs whose text changed. Exact, not a
 * heuristic: no match, exception or merge ever crosses a line break (a line break ends a sentence),
 * so checking paragraph by paragraph gives the same hits as checking the whole text.
 *
 * <p>Holds mutable state; calls are serialised, so one session may be shared by the editor's
 * background tasks. Create one per open draft with {@link CompiledChecker#session()}.
 */
public final class CheckSession implements PhraseChecker {
    private final CompiledChecker checker;
    private Map<String, List<Hit>> previous = new HashMap<>();

    CheckSession(CompiledChecker checker) {
        this.checker = checker;
    }

    @Override
    public synchronized List<Hit> check(CharSequence text) {
        String s = text.toString();
        Map<String, List<Hit>> current = new HashMap<>();
        List<Hit> all = new ArrayList<>();
        int start = 0;
        while (start <= s.length()) {
            int nl = s.indexOf('\n', start);
            int end = nl < 0 ? s.length() : nl;
            String paragraph = s.substring(start, end);
            List<Hit> hits = current.get(paragraph);
            if (hits == null) {
                hits = previous.get(paragraph);
                if (hits == null) {
                    hits = checker.check(paragraph);
                }
                current.put(paragraph, hits);
            }
            for (Hit h : hits) {
                all.add(start == 0 ? h : new Hit(h.start() + start, h.end() + start, h.ruleId(), h.kind(), h.severity(),
                        h.matchedText(), h.reason(), h.suggestions()));
            }
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        previous = current;
        return all;
    }
}
