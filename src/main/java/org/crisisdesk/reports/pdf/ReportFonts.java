package org.crisisdesk.reports.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The bundled Noto Sans SC (regular and bold), parsed once and shared by every report written
 * with it: parsing two 10 MB fonts is most of the cost of a report. Also answers which code points
 * the font can draw and how wide they are. Create one in the composition root and pass it to the
 * report writers; they use it one report at a time (they lock on it), as fontbox's lazily read
 * tables are not safe for concurrent use.
 */
public final class ReportFonts implements AutoCloseable {
    static final String REGULAR = "/org/crisisdesk/fonts/NotoSansSC-Regular.ttf";
    static final String BOLD = "/org/crisisdesk/fonts/NotoSansSC-Bold.ttf";
    private static final int BOX = 0x25A1; // □

    private TrueTypeFont regular;
    private TrueTypeFont bold;
    private CmapLookup regularCmap;
    private CmapLookup boldCmap;
    private float regularScale;
    private float boldScale;
    private final Map<Integer, Float> regularWidths = new HashMap<>();
    private final Map<Integer, Float> boldWidths = new HashMap<>();
    private final Map<Integer, Boolean> drawable = new HashMap<>();
    private int replacement = -1;

    /**
     * Parses the fonts now (seconds on a cold JVM). Call it once on a background thread at start-up
     * so that the first export does not pay for it; otherwise the first report does.
     */
    public void preload() {
        ttf(false);
    }

    /** Parses the fonts on first use, so constructing this costs nothing. */
    synchronized TrueTypeFont ttf(boolean isBold) {
        if (regular == null) {
            try {
                regular = parse(REGULAR);
                bold = parse(BOLD);
                regularCmap = regular.getUnicodeCmapLookup();
                boldCmap = bold.getUnicodeCmapLookup();
                regularScale = 1000f / regular.getUnitsPerEm();
                boldScale = 1000f / bold.getUnitsPerEm();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return isBold ? bold : regular;
    }

    private static TrueTypeFont parse(String resource) throws IOException {
        try (InputStream in = ReportFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font resource missing: " + resource);
            }
            byte[] bytes = in.readAllBytes();
            hideTable(bytes, "GSUB");
            return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
        }
    }

    /**
     * Renames a table in the font's table directory so that PDFBox does not see it. PDFBox applies
     * the GSUB table's Latin rules on every {@code showText}, compiling regular expressions each
     * time; that made a 500-entry report take seconds. Chinese needs no glyph substitution, and the
     * embedded subset never contains GSUB anyway.
     */
    static void hideTable(byte[] font, String tag) {
        if (font.length < 12) {
            return;
        }
        int numTables = ((font[4] & 0xff) << 8) | (font[5] & 0xff);
        byte[] t = tag.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < numTables; i++) {
            int off = 12 + 16 * i;
            if (off + 4 > font.length) {
                return;
            }
            if (font[off] == t[0] && font[off + 1] == t[1] && font[off + 2] == t[2] && font[off + 3] == t[3]) {
                font[off + 3] = 'x';
            }
        }
    }

    /** Width in points of one code point (no kerning, as {@code showText} draws). */
    public float width(int codePoint, boolean isBold, float size) {
        ttf(isBold);
        Map<Integer, Float> cache = isBold ? boldWidths : regularWidths;
        Float units = cache.get(codePoint);
        if (units == null) {
            try {
                int gid = (isBold ? boldCmap : regularCmap).getGlyphId(codePoint);
                units = ttf(isBold).getAdvanceWidth(gid) * (isBold ? boldScale : regularScale);
            } catch (IOException e) {
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

    /** Both faces come from the same family; a code point counts only if both have it. */
    boolean canDraw(int codePoint) {
        ttf(false);
        return drawable.computeIfAbsent(codePoint,
                cp -> regularCmap.getGlyphId(cp) != 0 && boldCmap.getGlyphId(cp) != 0);
    }

    /**
     * Text the fonts can draw: tabs become spaces, other control and invisible joiner characters
     * are dropped, and any code point without a glyph (an emoji, say) becomes □. Line feeds stay.
     */
    public String clean(String text) {
        if (text == null) {
            return "";
        }
        if (replacement < 0) {
            replacement = canDraw(BOX) ? BOX : '?';
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

    @Override
    public synchronized void close() throws IOException {
        if (regular != null) {
            regular.close();
            bold.close();
            regular = null;
            bold = null;
        }
    }
}
