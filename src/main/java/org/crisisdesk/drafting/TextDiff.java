package org.crisisdesk.drafting;

import java.util.ArrayList;
import java.util.List;

/**
 * A small diff for comparing two versions of a draft: common prefix and suffix first, then a
 * line-level LCS of what remains, and within each changed run of lines the common prefix and
 * suffix again, so a one-word edit in a long paragraph shows as that word. Drafts are short
 * (a few thousand characters), so the quadratic LCS over lines is cheap; beyond a size cap the
 * changed middle is shown as one delete plus one insert.
 */
public final class TextDiff {
    private static final long MAX_LCS_CELLS = 1_000_000;

    private TextDiff() {
    }

    public enum Op {
        EQUAL, DELETE, INSERT
    }

    public record Segment(Op op, String text) {
    }

    /** Segments that turn {@code a} into {@code b}: EQUAL and DELETE spell {@code a}, EQUAL and INSERT spell {@code b}. */
    public static List<Segment> diff(String a, String b) {
        List<Segment> out = new ArrayList<>();
        int prefix = commonPrefix(a, b);
        int suffix = commonSuffix(a, b, prefix);
        add(out, Op.EQUAL, a.substring(0, prefix));
        diffLines(a.substring(prefix, a.length() - suffix), b.substring(prefix, b.length() - suffix), out);
        add(out, Op.EQUAL, a.substring(a.length() - suffix));
        return out;
    }

    private static void diffLines(String a, String b, List<Segment> out) {
        List<String> la = lines(a);
        List<String> lb = lines(b);
        int n = la.size();
        int m = lb.size();
        if ((long) n * m > MAX_LCS_CELLS) {
            add(out, Op.DELETE, a);
            add(out, Op.INSERT, b);
            return;
        }
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = la.get(i).equals(lb.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        StringBuilder del = new StringBuilder();
        StringBuilder ins = new StringBuilder();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && la.get(i).equals(lb.get(j))) {
                refine(del, ins, out);
                add(out, Op.EQUAL, la.get(i));
                i++;
                j++;
            } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
                ins.append(lb.get(j++));
            } else {
                del.append(la.get(i++));
            }
        }
        refine(del, ins, out);
    }

    /** A run of deleted and inserted lines: keep what they share at either end. */
    private static void refine(StringBuilder del, StringBuilder ins, List<Segment> out) {
        String d = del.toString();
        String s = ins.toString();
        int prefix = commonPrefix(d, s);
        int suffix = commonSuffix(d, s, prefix);
        add(out, Op.EQUAL, d.substring(0, prefix));
        add(out, Op.DELETE, d.substring(prefix, d.length() - suffix));
        add(out, Op.INSERT, s.substring(prefix, s.length() - suffix));
        add(out, Op.EQUAL, d.substring(d.length() - suffix));
        del.setLength(0);
        ins.setLength(0);
    }

    private static List<String> lines(String s) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int k = 0; k < s.length(); k++) {
            if (s.charAt(k) == '\n') {
                out.add(s.substring(start, k + 1));
                start = k + 1;
            }
        }
        if (start < s.length()) {
            out.add(s.substring(start));
        }
        return out;
    }

    private static int commonPrefix(String a, String b) {
        int max = Math.min(a.length(), b.length());
        int k = 0;
        while (k < max && a.charAt(k) == b.charAt(k)) {
            k++;
        }
        // never split a surrogate pair
        if (k > 0 && k < max && Character.isHighSurrogate(a.charAt(k - 1))) {
            k--;
        }
        return k;
    }

    private static int commonSuffix(String a, String b, int prefix) {
        int max = Math.min(a.length(), b.length()) - prefix;
        int k = 0;
        while (k < max && a.charAt(a.length() - 1 - k) == b.charAt(b.length() - 1 - k)) {
            k++;
        }
        if (k > 0 && k < max && Character.isLowSurrogate(a.charAt(a.length() - k))) {
            k--;
        }
        return k;
    }

    private static void add(List<Segment> out, Op op, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (!out.isEmpty() && out.get(out.size() - 1).op() == op) {
            Segment last = out.remove(out.size() - 1);
            out.add(new Segment(op, last.text() + text));
        } else {
            out.add(new Segment(op, text));
        }
    }
}
