package org.crisisdesk.scripts;

import java.util.List;
import java.util.Locale;

/**
 * The library's search and filters, applied in memory to the loaded list (a few hundred scripts
 * filter in well under a millisecond, so it runs on every keystroke). The query matches a substring
 * of title, body or any tag, ignoring case and white space; several words must all match.
 *
 * @param scenario null for all; {@code state} null for all
 */
public record ScriptFilter(String query, Scenario scenario, ScriptState state, boolean favouritesOnly) {
    public static final ScriptFilter ALL = new ScriptFilter("", null, null, false);

    public ScriptFilter {
        query = query == null ? "" : query;
    }

    public boolean matches(Script s) {
        return matches(s, null, words());
    }

    /** The query's words, folded; empty when the query is blank. */
    String[] words() {
        String q = query.strip();
        if (q.isEmpty()) {
            return new String[0];
        }
        String[] words = q.split("\\s+");
        for (int i = 0; i < words.length; i++) {
            words[i] = fold(words[i]);
        }
        return words;
    }

    /** As {@link #matches(Script)}, with the script's text already folded by {@link #haystack} (or null). */
    boolean matches(Script s, String folded, String[] words) {
        if (scenario != null && s.scenario() != scenario) {
            return false;
        }
        if (state != null && s.state() != state) {
            return false;
        }
        if (favouritesOnly && !s.favourite()) {
            return false;
        }
        if (words.length == 0) {
            return true;
        }
        String hay = folded != null ? folded : haystack(s);
        for (String w : words) {
            if (!hay.contains(w)) {
                return false;
            }
        }
        return true;
    }

    public List<Script> apply(List<Script> scripts) {
        String[] words = words();
        return scripts.stream().filter(s -> matches(s, null, words)).toList();
    }

    /** Title, text and tags folded for searching; {@link SearchIndex} keeps one per script. */
    static String haystack(Script s) {
        return fold(s.title()) + '\u0000' + fold(s.body()) + '\u0000' + fold(String.join("\u0000", s.tags()));
    }

    /** Lower case, no white space, full-width ASCII folded, so ｛公司｝ finds {公司}. */
    static String fold(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u3000') {
                continue;
            }
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            }
            b.append(c);
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }
}
