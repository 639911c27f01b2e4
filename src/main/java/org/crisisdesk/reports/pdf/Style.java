package org.crisisdesk.reports.pdf;

import java.awt.Color;

/** How a run of text looks: size in points, weight, colour and line distance. */
public record Style(float size, boolean bold, Color color, float leading) {
    public static final Color TEXT = new Color(0x22, 0x22, 0x22);
    public static final Color MUTED = new Color(0x6B, 0x72, 0x80);
    public static final Color NAVY = new Color(0x1F, 0x3A, 0x5F);
    public static final Color RED = new Color(0xC6, 0x28, 0x28);
    public static final Color GREEN = new Color(0x2E, 0x7D, 0x32);
    public static final Color AMBER = new Color(0xB2, 0x6A, 0x00);
    public static final Color RULE = new Color(0xD5, 0xDB, 0xE3);
    public static final Color HEADER_FILL = new Color(0xE8, 0xEE, 0xF5);
    public static final Color ZEBRA = new Color(0xF7, 0xF9, 0xFB);
    public static final Color RED_FILL = new Color(0xFD, 0xEC, 0xEA);
    public static final Color GREEN_FILL = new Color(0xED, 0xF7, 0xEE);
    public static final Color AMBER_FILL = new Color(0xFF, 0xF4, 0xE0);

    public static final Style BODY = new Style(10f, false, TEXT, 15f);
    public static final Style SMALL = new Style(8.5f, false, MUTED, 12f);
    public static final Style LABEL = new Style(9.5f, false, MUTED, 15f);
    public static final Style CELL = new Style(9f, false, TEXT, 13f);
    public static final Style CELL_HEAD = new Style(9f, true, NAVY, 13f);
    public static final Style CELL_SMALL = new Style(8f, false, TEXT, 11.5f);
    public static final Style CELL_SMALL_HEAD = new Style(8f, true, NAVY, 11.5f);
    public static final Style H1 = new Style(13f, true, NAVY, 20f);
    public static final Style H2 = new Style(10.5f, true, TEXT, 16f);
    public static final Style TITLE = new Style(18f, true, NAVY, 26f);

    public Style withColor(Color c) {
        return new Style(size, bold, c, leading);
    }

    public Style withBold(boolean b) {
        return new Style(size, b, color, leading);
    }
}
