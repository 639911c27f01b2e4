package org.crisisdesk.reports.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Greedy line breaking for mixed Chinese and Latin text. A break may fall between any two CJK
 * characters, at spaces, and between CJK and Latin runs; Latin words stay whole unless a word alone
 * is wider than the line. Closing punctuation never starts a line and opening punctuation never ends
 * one (禁则). Surrogate pairs are never cut because every unit is a whole code point.
 */
public final class LineBreaker {
    /** Width of one code point in points at the style's size. */
    @FunctionalInterface
    public interface Measure {
        float width(int codePoint);
    }

    private static final String CLOSING = "，。、；：？！）」』》〉】〕〗〙〛｝］’”％‰°…‥·・ー〜～々〻ゝゞヽヾ"
            + ",.;:?!)]}%'\"";
    private static final String OPENING = "（「『《〈【〔〖〘〚｛［‘“([{";

    private LineBreaker() {
    }

    public static boolean isClosing(int cp) {
        return cp < 0x10000 && CLOSING.indexOf(cp) >= 0;
    }

    public static boolean isOpening(int cp) {
        return cp < 0x10000 && OPENING.indexOf(cp) >= 0;
    }

    /** CJK ideographs, kana, hangul, CJK symbols and full-width forms: break around them freely. */
    static boolean isCjk(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF)
                || (cp >= 0x2E80 && cp <= 0x2FFF) || cp == 0x2014 || cp == 0x2026 || cp == 0x25A1;
    }

    /** The lines of one text; each '\n' forces a break, blank input gives one empty line. */
    public static List<String> breakLines(String text, float maxWidth, Measure measure) {
        List<String> lines = new ArrayList<>();
        for (String para : text.split("\n", -1)) {
            breakParagraph(para, maxWidth, measure, lines);
        }
        return lines;
    }

    private static void breakParagraph(String para, float maxWidth, Measure measure, List<String> out) {
        List<String> segments = segments(para);
        StringBuilder line = new StringBuilder();
        float lineWidth = 0;
        for (String seg : segments) {
            boolean space = seg.equals(" ");
            if (space && line.length() == 0) {
                continue; // no leading spaces on a wrapped line
            }
            float w = width(seg, measure);
            if (lineWidth + w <= maxWidth || (space && line.length() > 0)) {
                line.append(seg);
                lineWidth += w;
                continue;
            }
            if (line.length() > 0) {
                out.add(stripTrailing(line));
                line.setLength(0);
                lineWidth = 0;
            }
            if (w <= maxWidth) {
                line.append(seg);
                lineWidth = w;
            } else {
                lineWidth = hardBreak(seg, maxWidth, measure, line, out);
            }
        }
        out.add(stripTrailing(line));
    }

    /** A segment wider than the line: cut between code points, carrying closing marks along. */
    private static float hardBreak(String seg, float maxWidth, Measure measure, StringBuilder line,
                                   List<String> out) {
        float lineWidth = 0;
        int i = 0;
        while (i < seg.length()) {
            int cp = seg.codePointAt(i);
            float w = measure.width(cp);
            if (lineWidth + w > maxWidth && line.length() > 0 && !isClosing(cp)) {
                out.add(line.toString());
                line.setLength(0);
                lineWidth = 0;
            }
            line.appendCodePoint(cp);
            lineWidth += w;
            i += Character.charCount(cp);
        }
        return lineWidth;
    }

    /**
     * Splits a paragraph into unbreakable segments: a single space, or a run of code points with
     * no allowed break inside it (a Latin word, a CJK char glued to its punctuation).
     */
    static List<String> segments(String para) {
        List<String> segs = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int prev = -1;
        int i = 0;
        while (i < para.length()) {
            int cp = para.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == ' ' || cp == '\u3000') {
                flush(cur, segs);
                segs.add(cp == ' ' ? " " : "\u3000");
                prev = cp;
                continue;
            }
            if (prev != -1 && cur.length() > 0 && breakAllowed(prev, cp)) {
                flush(cur, segs);
            }
            cur.appendCodePoint(cp);
            prev = cp;
        }
        flush(cur, segs);
        return segs;
    }

    private static boolean breakAllowed(int before, int after) {
        if (isClosing(after) || isOpening(before)) {
            return false;
        }
        if (isCjk(before) || isCjk(after)) {
            return !(before == after && (before == '…' || before == '—'));
        }
        return false; // inside a Latin word or number
    }

    private static void flush(StringBuilder cur, List<String> segs) {
        if (cur.length() > 0) {
            segs.add(cur.toString());
            cur.setLength(0);
        }
    }

    private static float width(String s, Measure measure) {
        float w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += measure.width(cp);
            i += Character.charCount(cp);
        }
        return w;
    }

    private static String stripTrailing(CharSequence line) {
        int end = line.length();
        while (end > 0 && (line.charAt(end - 1) == ' ')) {
            end--;
        }
        return line.subSequence(0, end).toString();
    }
}
