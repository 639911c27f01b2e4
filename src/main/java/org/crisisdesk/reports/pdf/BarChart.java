package org.crisisdesk.reports.pdf;

import java.awt.Color;
import java.util.List;
import java.util.Locale;

/** A horizontal bar chart drawn with vector operations: label, bar, value text per row. */
public final class BarChart {
    /** @param valueText what to print after the bar (e.g. "12" or "92% (11/12)") */
    public record Bar(String label, double value, String valueText, Color color) {
    }

    private static final float ROW = 17f;
    private static final float BAR = 10f;

    private BarChart() {
    }

    /**
     * Draws the bars scaled to {@code max} (0 to max across the bar area), with light grid lines at
     * quarters and their values underneath; {@code percent} prints the grid values as percentages.
     */
    public static void draw(Composer c, List<Bar> bars, double max, boolean percent) {
        if (bars.isEmpty()) {
            return;
        }
        float labelWidth = 120f;
        float valueWidth = 80f;
        float x0 = c.left() + labelWidth;
        float area = c.width() - labelWidth - valueWidth;
        double scale = max <= 0 ? 0 : area / max;
        int i = 0;
        while (i < bars.size()) {
            float axisH = 14f;
            int fit = Math.max(1, (int) ((c.y() - c.bottom() - axisH - 6f) / ROW));
            if (fit < Math.min(3, bars.size() - i) && !c.atPageTop()) {
                c.newPage();
                continue;
            }
            int n = Math.min(fit, bars.size() - i);
            float top = c.y();
            float bottom = top - n * ROW - 4f;
            for (int q = 0; q <= 4; q++) {
                float gx = x0 + area * q / 4f;
                c.line(gx, top, gx, bottom, q == 0 ? Style.MUTED : Style.RULE, q == 0 ? 0.8f : 0.5f);
                double v = max * q / 4.0;
                String tick = percent ? String.format(Locale.ROOT, "%.0f%%", v * 100)
                        : (v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v));
                float tw = c.fonts().width(tick, false, 7.5f);
                c.text(tick, gx - tw / 2, bottom - 10f, new Style(7.5f, false, Style.MUTED, 10f));
            }
            for (int k = 0; k < n; k++) {
                Bar b = bars.get(i + k);
                float rowTop = top - k * ROW;
                String label = fitLabel(c, c.fonts().clean(b.label()), labelWidth - 8f);
                c.text(label, c.left(), Composer.baseline(rowTop, new Style(9f, false, Style.TEXT, ROW)),
                        new Style(9f, false, Style.TEXT, ROW));
                float w = (float) Math.max(0, Math.min(area, b.value() * scale));
                float barY = rowTop - (ROW + BAR) / 2f;
                if (w > 0) {
                    c.fillRect(x0, barY, w, BAR, b.color());
                }
                c.text(c.fonts().clean(b.valueText()), x0 + w + 5f,
                        Composer.baseline(rowTop, new Style(8.5f, true, Style.TEXT, ROW)),
                        new Style(8.5f, true, b.color().darker(), ROW));
            }
            c.advance(n * ROW + 4f + axisH + 6f);
            i += n;
        }
    }

    /** Cuts a label that is too long and ends it with an ellipsis. */
    private static String fitLabel(Composer c, String label, float max) {
        if (c.fonts().width(label, false, 9f) <= max) {
            return label;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < label.length(); ) {
            int cp = label.codePointAt(i);
            if (c.fonts().width(sb + new String(Character.toChars(cp)) + "…", false, 9f) > max) {
                break;
            }
            sb.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        return sb + "…";
    }
}
