package org.crisisdesk.checker;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * How each character is normalised before matching: full-width to half-width, lower case,
 * traditional to simplified (OpenCC's complete character tables, shipped as resources with their
 * licence), and which characters are ignored (spaces, punctuation, symbols, emoji, controls) or
 * end a sentence.
 *
 * <p>The table is constant data, built once per class loader from the bundled resources (like a
 * {@code static final} constant, not a service), because every checker needs the same one. The
 * BMP entries are classified on first use rather than all 65,536 up front, which keeps the
 * command line's start-up short; racing threads compute the same value, and an int write is atomic,
 * so the lazily filled array is safe to share.
 */
final class CharTable {
    /** The character is skipped when matching. */
    static final int IGNORE = -1;
    /** The character is skipped and ends a sentence: no match may span it. */
    static final int SENTENCE_END = -2;
    /** Not classified yet. */
    static final int UNKNOWN = Integer.MIN_VALUE;

    private static final String DATA = "/org/crisisdesk/checker/opencc/";

    private final int[] bmp = new int[0x10000];
    private final int[] variantOf = new int[0x10000]; // 0: no variant mapping
    private final int[] simplifiedOf = new int[0x10000]; // 0: no traditional mapping
    private final Map<Integer, Integer> supplementary = new HashMap<>();

    private static final class Holder {
        static final CharTable INSTANCE = new CharTable();
    }

    static CharTable get() {
        return Holder.INSTANCE;
    }

    private CharTable() {
        Arrays.fill(bmp, UNKNOWN);
        Map<Integer, Integer> variants = new HashMap<>();
        load("TWVariantsRev.txt", variants, false);
        load("HKVariantsRev.txt", variants, false);
        Map<Integer, Integer> toSimplified = new HashMap<>();
        load("TSCharacters.txt", toSimplified, false);
        load("TSCharactersExt.txt", toSimplified, true);
        for (Map.Entry<Integer, Integer> e : variants.entrySet()) {
            int k = e.getKey();
            int v = toSimplified.getOrDefault(e.getValue(), e.getValue());
            if (k < 0x10000) {
                variantOf[k] = e.getValue();
            } else {
                supplementary.put(k, v);
            }
        }
        for (Map.Entry<Integer, Integer> e : toSimplified.entrySet()) {
            int k = e.getKey();
            if (k < 0x10000) {
                simplifiedOf[k] = e.getValue();
            } else {
                supplementary.put(k, e.getValue());
            }
        }
    }

    /** The normalised code point of {@code cp}, or {@link #IGNORE} / {@link #SENTENCE_END}. */
    int map(int cp) {
        if (cp < 0x10000) {
            int v = bmp[cp];
            if (v == UNKNOWN) {
                v = compute(cp);
                bmp[cp] = v;
            }
            return v;
        }
        Integer mapped = supplementary.get(cp);
        if (mapped != null) {
            return mapped;
        }
        return Character.isLetterOrDigit(cp) ? cp : IGNORE;
    }

    private int compute(int c) {
        int cp = classify(c);
        if (cp < 0) {
            return cp;
        }
        if (variantOf[cp] != 0) {
            cp = variantOf[cp];
        }
        if (cp < 0x10000) {
            return simplifiedOf[cp] != 0 ? simplifiedOf[cp] : cp;
        }
        return supplementary.getOrDefault(cp, cp);
    }

    /** The BMP table itself, for the tight loop of the normaliser; {@link #UNKNOWN} entries go through {@link #map}. */
    int[] bmp() {
        return bmp;
    }

    /** Width and case folded, or IGNORE / SENTENCE_END; traditional forms are mapped afterwards. */
    private static int classify(int c) {
        if (Character.isSurrogate((char) c)) {
            return IGNORE; // pairs are decoded by the normaliser; a lone surrogate is skipped
        }
        int cp = c;
        if (cp >= 0xFF01 && cp <= 0xFF5E) {
            cp -= 0xFEE0; // full-width ASCII to half-width
        } else if (cp == 0x3000) {
            cp = ' ';
        }
        if (isSentenceEnd(c) || isSentenceEnd(cp)) {
            return SENTENCE_END;
        }
        if (!Character.isLetterOrDigit(cp)) {
            return IGNORE;
        }
        return Character.toLowerCase(cp);
    }

    /** Sentence ends: the Chinese and ASCII full stops of questions, exclamations, semicolons, line breaks. */
    static boolean isSentenceEnd(int c) {
        return switch (c) {
            case '。', '！', '？', '；', '!', '?', ';', '\n', '\r', '…', '｡', 0x2028, 0x2029 -> true;
            default -> false;
        };
    }

    private static void load(String name, Map<Integer, Integer> into, boolean onlyMissing) {
        try (InputStream in = CharTable.class.getResourceAsStream(DATA + name)) {
            if (in == null) {
                throw new IllegalStateException("missing checker resource " + name);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                if (tab <= 0) {
                    continue;
                }
                String from = line.substring(0, tab);
                String to = line.substring(tab + 1).trim();
                if (from.codePointCount(0, from.length()) != 1 || to.isEmpty()) {
                    continue;
                }
                int key = from.codePointAt(0);
                int value = to.codePointAt(0); // the first candidate is OpenCC's preferred one
                if (!onlyMissing || !into.containsKey(key)) {
                    into.put(key, value);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
