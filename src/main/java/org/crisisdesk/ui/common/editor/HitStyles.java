package org.crisisdesk.ui.common.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;
import org.crisisdesk.checker.Hit;
import org.crisisdesk.checker.Severity;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/** Turns hits and marks (in committed-text offsets) into style spans over the whole document. */
final class HitStyles {
    static final String BLOCK = "hit-block";
    static final String WARN = "hit-warn";
    static final String COMPOSED = "ime-composed";

    private HitStyles() {
    }

    static String styleClass(Severity severity) {
        return severity == Severity.BLOCK ? BLOCK : WARN;
    }

    /**
     * Spans for a document of {@code docLength} characters that contains, at {@code composeStart},
     * {@code composeLength} characters of uncommitted input-method text not seen by the checker.
     */
    static StyleSpans<Collection<String>> spans(List<Hit> hits, List<TextMarker.Mark> marks, int docLength,
                                                int composeStart, int composeLength) {
        List<TextMarker.Mark> all = new ArrayList<>(hits.size() + marks.size() + 1);
        for (Hit h : hits) {
            all.add(new TextMarker.Mark(h.start(), h.end(), styleClass(h.severity())));
        }
        all.addAll(marks);
        List<TextMarker.Mark> doc = new ArrayList<>(all.size() + 1);
        for (TextMarker.Mark m : all) {
            int s = toDoc(m.start(), composeStart, composeLength);
            int e = toDoc(m.end(), composeStart, composeLength);
            s = Math.max(0, Math.min(s, docLength));
            e = Math.max(s, Math.min(e, docLength));
            if (e > s) {
                doc.add(new TextMarker.Mark(s, e, m.styleClass()));
            }
        }
        if (composeLength > 0) {
            doc.add(new TextMarker.Mark(composeStart, Math.min(docLength, composeStart + composeLength), COMPOSED));
        }
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(0);
        cuts.add(docLength);
        for (TextMarker.Mark m : doc) {
            cuts.add(m.start());
            cuts.add(m.end());
        }
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
        Iterator<Integer> it = cuts.iterator();
        int from = it.next();
        boolean any = false;
        while (it.hasNext()) {
            int to = it.next();
            List<String> classes = new ArrayList<>(2);
            for (TextMarker.Mark m : doc) {
                if (m.start() <= from && m.end() >= to && !classes.contains(m.styleClass())) {
                    classes.add(m.styleClass());
                }
            }
            b.add(classes.isEmpty() ? List.of() : List.copyOf(classes), to - from);
            any = true;
            from = to;
        }
        if (!any) {
            b.add(List.of(), 0);
        }
        return b.create();
    }

    /** Committed-text offset to document offset: the composed text sits before later offsets. */
    static int toDoc(int offset, int composeStart, int composeLength) {
        return composeLength > 0 && offset >= composeStart ? offset + composeLength : offset;
    }

    /**
     * The smallest range [from, to) where the wanted spans differ from what the document carries,
     * or null when they are the same. Typing shifts existing styles along with the text, so after a
     * keystroke only the spans around the edit differ and only those need repainting.
     */
    static int[] changedRange(StyleSpans<Collection<String>> wanted, StyleSpans<Collection<String>> current) {
        Collection<String>[] w = expand(wanted);
        Collection<String>[] c = expand(current);
        int n = Math.min(w.length, c.length);
        int from = 0;
        while (from < n && sameClasses(w[from], c[from])) {
            from++;
        }
        if (from == n && w.length == c.length) {
            return null;
        }
        int wi = w.length;
        int ci = c.length;
        while (wi > from && ci > from && sameClasses(w[wi - 1], c[ci - 1])) {
            wi--;
            ci--;
        }
        return new int[] {from, wi};
    }

    @SuppressWarnings("unchecked")
    private static Collection<String>[] expand(StyleSpans<Collection<String>> spans) {
        Collection<String>[] out = new Collection[spans.length()];
        int i = 0;
        for (StyleSpan<Collection<String>> s : spans) {
            for (int k = 0; k < s.getLength(); k++) {
                out[i++] = s.getStyle();
            }
        }
        return out;
    }

    private static boolean sameClasses(Collection<String> a, Collection<String> b) {
        return a == b || a.size() == b.size() && a.containsAll(b);
    }
}
