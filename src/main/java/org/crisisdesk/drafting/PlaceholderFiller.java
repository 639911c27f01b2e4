package org.crisisdesk.drafting;

import java.util.List;

/** Fills known placeholders from a case; unknown and unfillable ones stay in the text. */
public final class PlaceholderFiller {
    private PlaceholderFiller() {
    }

    /**
     * The filled text and the placeholders left in it.
     *
     * @param unfilled known placeholders the values could not fill, each once
     * @param unknown names in braces that are not placeholders
     */
    public record Result(String text, List<Placeholder> unfilled, List<String> unknown) {
        public boolean complete() {
            return unfilled.isEmpty() && unknown.isEmpty();
        }
    }

    public static Result fill(String template, PlaceholderValues values) {
        StringBuilder out = new StringBuilder(template.length() + 32);
        int last = 0;
        for (PlaceholderMatch m : Placeholders.findAll(template)) {
            out.append(template, last, m.start());
            String value = m.known() ? values.value(m.placeholder()).filter(v -> !v.isBlank()).orElse(null) : null;
            out.append(value != null ? value : template.substring(m.start(), m.end()));
            last = m.end();
        }
        out.append(template, last, template.length());
        String text = out.toString();
        return new Result(text, Placeholders.findUnfilled(text), Placeholders.findUnknown(text));
    }

}
