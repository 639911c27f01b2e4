package org.crisisdesk.drafting;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds placeholder tokens in a text: known ones left unfilled, and unknown names in braces. */
public final class Placeholders {
    /**
     * A token: a short name without spaces or braces between ASCII or full-width braces. People type
     * ｛公司｝ with a Chinese input method as often as {公司}, so both count.
     */
    private static final Pattern TOKEN = Pattern.compile("[{｛]([^{}｛｝\\s]{1,16})[}｝]");

    private Placeholders() {
    }

    /** Every token in order, known or not. */
    public static List<PlaceholderMatch> findAll(CharSequence text) {
        List<PlaceholderMatch> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String name = m.group(1);
            out.add(new PlaceholderMatch(m.start(), m.end(), name, Placeholder.byName(name).orElse(null)));
        }
        return out;
    }

    /** Known placeholders still in the text (in order of first appearance, each once). */
    public static List<Placeholder> findUnfilled(CharSequence text) {
        Set<Placeholder> seen = new LinkedHashSet<>();
        for (PlaceholderMatch m : findAll(text)) {
            if (m.known()) {
                seen.add(m.placeholder());
            }
        }
        return List.copyOf(seen);
    }

    /** Names in braces that are not placeholders, e.g. 门店 in {门店} (each once, in order). */
    public static List<String> findUnknown(CharSequence text) {
        Set<String> seen = new LinkedHashSet<>();
        for (PlaceholderMatch m : findAll(text)) {
            if (!m.known()) {
                seen.add(m.name());
            }
        }
        return List.copyOf(seen);
    }
}
