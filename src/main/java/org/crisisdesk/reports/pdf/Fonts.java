package org.crisisdesk.reports.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The two faces of {@link ReportFonts} in one document, embedded as subsets (only the glyphs used
 * go into the file), plus the shared measuring and cleaning.
 */
public final class Fonts {
    private final ReportFonts shared;
    private final PDType0Font regular;
    private final PDType0Font bold;

    public Fonts(PDDocument doc, ReportFonts shared) {
        this.shared = shared;
        try {
            this.regular = PDType0Font.load(doc, shared.ttf(false), true);
            this.bold = PDType0Font.load(doc, shared.ttf(true), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public PDType0Font font(boolean isBold) {
        return isBold ? bold : regular;
    }

    public float width(int codePoint, boolean isBold, float size) {
        return shared.width(codePoint, isBold, size);
    }

    public float width(String text, boolean isBold, float size) {
        return shared.width(text, isBold, size);
    }

    public String clean(String text) {
        return shared.clean(text);
    }
}
