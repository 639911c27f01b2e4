package org.crisisdesk.checker;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * How each character is normalised before matching: full-width to half-width, lower case,
 * traditional to simplified (OpenCC's complete character tables, shipped as resources with their
 * licence), and which characters are ignored (spaces, punctuation, symbols, emoji, controls) or
 * end a sentence.
 *
 * <p>The table is immutable constant data, built once per class loader from the bundled resources
 * (like a {@code static final} constant, not a service), because every checker needs the same one.
 */
final class CharTable {
    /** The character is skipped when matching. */
    static final int IGNORE = -1;
    /** The character is skipped and ends a sentence: no match may span it. */
    static final int SENTENCE_END = -2;

    private static final String DATA = "/org/crisisdesk/checker/opencc/";

    private final int[] bmp = new int[0x10000];
    private final Map<Integer, Integer> supplementary = new HashMap<>();

    private static final class Holder {
        static final CharTable INSTANCE = new CharTable();
    }

    static CharTable get() {
        return Holder.INSTANCE;
    }

    private CharTable() {
        Map<Integer, Integer> variants = new HashMap<>();
        load("TWVariantsRev.txt", variants, false);
        load("HKVariantsRev.txt", variants, false);
        Map<Integer, Integer> toSimplified = new HashMap<>();
        load("TSCharacters.txt", toSimplified, false);
        load("TSCharactersExt.txt", toSimplified, true);
        // dense lookup arrays for the BMP, so that building the table boxes nothing (start-up time)
        int[] variantOf = identity();
        int[] simplifiedOf = identity();
        variants.forEach((k, v) -> {
            if (k < 0x10000) {
                variantOf[k] = v;
            }
        });
        toSimplified.forEach((k, v) -> {
            if (k < 0x10000) {
                simplifiedOf[k] = v;
            }
        });
        for (int c = 0; c < 0x10000; c++) {
            int cp = classify(c);
            if (cp >= 0) {
                cp = variantOf[cp];
                cp = cp < 0x10000 ? simplifiedOf[cp] : toSimplified.getOrDefault(cp, cp);
            }
            bmp[c] = cp;
        }
        for (Map.Entry<Integer, Integer> e : toSimplified.entrySet()) {
            if (e.getKey() >= 0x10000) {
                supplementary.put(e.getKey(), e.getValue());
            }
        }
        for (Map.Entry<Integer, Integer> e : variants.entrySet()) {
            if (e.getKey() >= 0x10000) {
                supplementary.putIfAbsent(e.getKey(), toSimplified.getOrDefault(e.getValue(), e.getValue()));
            }
        }
    }

    /** The normalised code point of {@code cp}, or {@link #IGNORE} / {@link #SENTENCE_END}. */
    int map(int cp) {
        if (cp < 0x10000) {
            return bmp[cp];
        }
        Integer mapped = supplementary.get(cp);
        if (mapped != null) {
            return mapped;
        }
        return Character.isLetterOrDigit(cp) ? cp : IGNORE;
    }

    /** The normalised BMP table itself, for the tight loop of the normaliser. */
    int[] bmp() {
        return bmp;
    }

    private static int[] identity() {
        int[] a = new int[0x10000];
        for (int i = 0; i < a.length; i++) {
            a[i] = i;
        }
        return a;
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
