package org.crisisdesk.reports.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The bundled Noto Sans SC, regular and bold, embedded as subsets in one document. Also answers
 * which code points the font can draw, so text is cleaned before layout: a glyph the font lacks
 * (an emoji, say) becomes a box instead of an exception at {@code showText}.
 */
public final class Fonts {
    static final String REGULAR = "/org/crisisdesk/fonts/NotoSansSC-Regular.ttf";
    static final String BOLD = "/org/crisisdesk/fonts/NotoSansSC-Bold.ttf";
    private static final int REPLACEMENT = 0x25A1; // □

    private final PDType0Font regular;
    private final PDType0Font bold;
    private final Map<Integer, Float> regularWidths = new HashMap<>();
    private final Map<Integer, Float> boldWidths = new HashMap<>();
    private final Map<Integer, Boolean> drawable = new HashMap<>();
    private final int replacement;

    public Fonts(PDDocument doc) {
        this.regular = load(doc, REGULAR);
        this.bold = load(doc, BOLD);
        this.replacement = canDraw(REPLACEMENT) ? REPLACEMENT : '?';
    }

    private static PDType0Font load(PDDocument doc, String resource) {
        try (InputStream in = Fonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font resource missing: " + resource);
            }
            return PDType0Font.load(doc, in, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public PDType0Font font(boolean isBold) {
        return isBold ? bold : regular;
    }

    /** Width in points of one code point (no kerning, as {@code showText} draws). */
    public float width(int codePoint, boolean isBold, float size) {
        Map<Integer, Float> cache = isBold ? boldWidths : regularWidths;
        Float units = cache.get(codePoint);
        if (units == null) {
            try {
                units = font(isBold).getStringWidth(new String(Character.toChars(codePoint)));
            } catch (IOException | IllegalArgumentException e) {
                units = 1000f;
            }
            cache.put(codePoint, units);
        }
        return units * size / 1000f;
    }

    public float width(String text, boolean isBold, float size) {
        float w = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            w += width(cp, isBold, size);
            i += Character.charCount(cp);
        }
        return w;
    }

    /** Both faces come from the same family, so one check covers both. */
    boolean canDraw(int codePoint) {
        return drawable.computeIfAbsent(codePoint, cp -> {
            try {
                String s = new String(Character.toChars(cp));
                regular.encode(s);
                bold.encode(s);
                return true;
            } catch (IOException | IllegalArgumentException e) {
                return false;
            }
        });
    }

    /**
     * Text the fonts can draw: tabs become spaces, other control and invisible joiner characters
     * are dropped, and any code point without a glyph becomes □. Line feeds are kept.
     */
    public String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n') {
                sb.append('\n');
            } else if (cp == '\t') {
                sb.append(' ');
            } else if (cp == '\r' || Character.isISOControl(cp) || isInvisible(cp)) {
                continue;
            } else if (canDraw(cp)) {
                sb.appendCodePoint(cp);
            } else {
                sb.appendCodePoint(replacement);
            }
        }
        return sb.toString();
    }

    /** Variation selectors, joiners and skin-tone modifiers: parts of an emoji, not glyphs. */
    private static boolean isInvisible(int cp) {
        return (cp >= 0xFE00 && cp <= 0xFE0F) || cp == 0x200B || cp == 0x200C || cp == 0x200D
                || cp == 0x2060 || cp == 0xFEFF || (cp >= 0x1F3FB && cp <= 0x1F3FF)
                || (cp >= 0xE0000 && cp <= 0xE007F);
    }
}
