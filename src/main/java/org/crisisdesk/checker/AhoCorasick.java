package org.crisisdesk.checker;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An Aho–Corasick automaton over normalised code points: finds every occurrence of every term in
 * one pass, linear in the text length plus the number of matches. Characters that occur in no term
 * send the automaton straight back to the root, so ordinary text costs one table lookup per
 * character. Immutable once built.
 */
final class AhoCorasick {
    /** Receives each occurrence; {@code end} is exclusive, both in normalised positions. */
    interface Sink {
        void match(int term, int start, int end);
    }

    private final int[] symbolBmp; // code point -> symbol + 1, 0 when no term uses it
    private final Map<Integer, Integer> symbolSupplementary;
    private final int[] rootNext; // symbol -> state, dense because the root is visited most
    private final int[] transBase;
    private final int[] transSym;
    private final int[] transNext;
    private final int[] fail;
    private final int[] outBase;
    private final int[] outTerms;
    private final int[] termLength;

    AhoCorasick(List<int[]> terms) {
        symbolBmp = new int[0x10000];
        symbolSupplementary = new HashMap<>();
        int symbols = 0;
        List<Map<Integer, Integer>> children = new ArrayList<>();
        List<List<Integer>> own = new ArrayList<>();
        children.add(new HashMap<>());
        own.add(new ArrayList<>());
        termLength = new int[terms.size()];
        for (int t = 0; t < terms.size(); t++) {
            int[] term = terms.get(t);
            termLength[t] = term.length;
            int state = 0;
            for (int cp : term) {
                int sym = symbolOf(cp);
                if (sym < 0) {
                    sym = symbols++;
                    if (cp < 0x10000) {
                        symbolBmp[cp] = sym + 1;
                    } else {
                        symbolSupplementary.put(cp, sym);
                    }
                }
                Integer next = children.get(state).get(sym);
                if (next == null) {
                    next = children.size();
                    children.add(new HashMap<>());
                    own.add(new ArrayList<>());
                    children.get(state).put(sym, next);
                }
                state = next;
            }
            own.get(state).add(t);
        }
        int states = children.size();
        rootNext = new int[symbols];
        for (Map.Entry<Integer, Integer> e : children.get(0).entrySet()) {
            rootNext[e.getKey()] = e.getValue();
        }
        transBase = new int[states + 1];
        int total = 0;
        for (int s = 0; s < states; s++) {
            transBase[s] = total;
            total += s == 0 ? 0 : children.get(s).size();
        }
        transBase[states] = total;
        transSym = new int[total];
        transNext = new int[total];
        for (int s = 1; s < states; s++) {
            int[] syms = new int[children.get(s).size()];
            int k0 = 0;
            for (int sym : children.get(s).keySet()) {
                syms[k0++] = sym;
            }
            Arrays.sort(syms);
            for (int k = 0; k < syms.length; k++) {
                transSym[transBase[s] + k] = syms[k];
                transNext[transBase[s] + k] = children.get(s).get(syms[k]);
            }
        }
        fail = new int[states];
        List<int[]> outputs = new ArrayList<>(states);
        for (int s = 0; s < states; s++) {
            outputs.add(null);
        }
        outputs.set(0, new int[0]);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int next : children.get(0).values()) {
            fail[next] = 0;
            queue.add(next);
        }
        while (!queue.isEmpty()) {
            int s = queue.poll();
            List<Integer> ownTerms = own.get(s);
            int[] mine = new int[ownTerms.size()];
            for (int k = 0; k < mine.length; k++) {
                mine[k] = ownTerms.get(k);
            }
            int[] inherited = outputs.get(fail[s]);
            int[] merged = Arrays.copyOf(mine, mine.length + inherited.length);
            System.arraycopy(inherited, 0, merged, mine.length, inherited.length);
            outputs.set(s, merged);
            for (Map.Entry<Integer, Integer> e : children.get(s).entrySet()) {
                int sym = e.getKey();
                int child = e.getValue();
                int f = fail[s];
                int target;
                while (true) {
                    target = step(f, sym);
                    if (target >= 0 || f == 0) {
                        break;
                    }
                    f = fail[f];
                }
                fail[child] = Math.max(target, 0);
                queue.add(child);
            }
        }
        outBase = new int[states + 1];
        int outTotal = 0;
        for (int s = 0; s < states; s++) {
            outBase[s] = outTotal;
            outTotal += outputs.get(s).length;
        }
        outBase[states] = outTotal;
        outTerms = new int[outTotal];
        for (int s = 0; s < states; s++) {
            System.arraycopy(outputs.get(s), 0, outTerms, outBase[s], outputs.get(s).length);
        }
    }

    private int symbolOf(int cp) {
        if (cp < 0x10000) {
            return symbolBmp[cp] - 1;
        }
        return symbolSupplementary.getOrDefault(cp, -1);
    }

    /** The next state, -1 when there is no edge (the root answers 0 instead). */
    private int step(int state, int sym) {
        if (state == 0) {
            return rootNext[sym];
        }
        int lo = transBase[state];
        int hi = transBase[state + 1] - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int v = transSym[mid];
            if (v < sym) {
                lo = mid + 1;
            } else if (v > sym) {
                hi = mid - 1;
            } else {
                return transNext[mid];
            }
        }
        return -1;
    }

    /** Reports every occurrence within one sentence, in order of end position. */
    void search(NormalizedText text, Sink sink) {
        int[] cps = text.codePoints;
        int[] sentence = text.sentence;
        int state = 0;
        int currentSentence = -1;
        for (int i = 0; i < text.length; i++) {
            if (sentence[i] != currentSentence) {
                currentSentence = sentence[i];
                state = 0;
            }
            int cp = cps[i];
            int sym = cp < 0x10000 ? symbolBmp[cp] - 1 : symbolSupplementary.getOrDefault(cp, -1);
            if (sym < 0) {
                state = 0;
                continue;
            }
            while (true) {
                int next = step(state, sym);
                if (next >= 0) {
                    state = next;
                    break;
                }
                state = fail[state];
            }
            for (int k = outBase[state], stop = outBase[state + 1]; k < stop; k++) {
                int term = outTerms[k];
                sink.match(term, i + 1 - termLength[term], i + 1);
            }
        }
    }

    int stateCount() {
        return fail.length;
    }
}
