package org.crisisdesk.checker;

/**
 * Normalises text for matching: full-width to half-width, traditional to simplified, lower case;
 * spaces, punctuation, symbols, emoji and control characters dropped; a character repeated
 * (even with dropped characters between) collapsed into one. Sentence ends are remembered so that
 * no match spans two sentences. Surrogate pairs are read as one character; an unpaired surrogate
 * is dropped like a symbol. Stateless and thread-safe.
 */
public final class Normalizer {
    private final CharTable table;
    private final int[] bmp;

    public Normalizer() {
        this.table = CharTable.get();
        this.bmp = table.bmp();
    }

    NormalizedText normalize(CharSequence text) {
        int n = text.length();
        int[] cps = new int[n];
        int[] start = new int[n];
        int[] end = new int[n];
        int[] sentence = new int[n];
        int len = 0;
        int sent = 0;
        int last = -1; // previous kept code point in this sentence, for collapsing repeats
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            int width = 1;
            int mapped;
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                mapped = table.map(Character.toCodePoint(c, text.charAt(i + 1)));
                width = 2;
            } else {
                mapped = bmp[c];
                if (mapped == CharTable.UNKNOWN) {
                    mapped = table.map(c);
                }
            }
            if (mapped >= 0) {
                if (mapped == last) {
                    end[len - 1] = i + width;
                } else {
                    cps[len] = mapped;
                    start[len] = i;
                    end[len] = i + width;
                    sentence[len] = sent;
                    len++;
                    last = mapped;
                }
            } else if (mapped == CharTable.SENTENCE_END) {
                sent++;
                last = -1;
            }
            i += width;
        }
        return new NormalizedText(cps, start, end, sentence, len);
    }

    /** The normalised form of a pattern term (sentence ends inside it are simply dropped). */
    public String normalizeTerm(String term) {
        NormalizedText t = normalize(term);
        return t.text();
    }
}
