package org.crisisdesk.reports;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.crisisdesk.reports.pdf.Composer;

/** Reads generated PDFs back: text per page, fonts, and where ink falls on rendered pages. */
final class PdfChecks {
    private PdfChecks() {
    }

    static List<String> pages(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<String> out = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                out.add(stripper.getText(doc));
            }
            return out;
        }
    }

    static String text(Path pdf) throws IOException {
        return String.join("\n", pages(pdf));
    }

    /** Every font on every page is embedded, and is a subset (name prefixed ABCDEF+). */
    static int assertFontsEmbedded(Path pdf) throws IOException {
        int fonts = 0;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : doc.getPages()) {
                PDResources res = page.getResources();
                for (COSName name : res.getFontNames()) {
                    PDFont font = res.getFont(name);
                    assertTrue(font.isEmbedded(), "font not embedded: " + font.getName());
                    assertTrue(font.getName().matches("[A-Z]{6}\\+.*"), "font not a subset: " + font.getName());
                    fonts++;
                }
            }
        }
        return fonts;
    }

    /**
     * Renders each page and checks that no ink lies in the side margins, above the running
     * header or below the footer. Returns the number of pages checked.
     */
    static int assertInsideMargins(Path pdf) throws IOException {
        float dpi = 50f;
        float scale = dpi / 72f;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int p = 0; p < doc.getNumberOfPages(); p++) {
                BufferedImage img = renderer.renderImageWithDPI(p, dpi);
                int minX = (int) Math.floor((Composer.MARGIN_X - 1) * scale);
                int maxX = (int) Math.ceil((Composer.PAGE.getWidth() - Composer.MARGIN_X + 1) * scale);
                int minY = (int) Math.floor(26f * scale); // the running header sits in the top margin
                int maxY = (int) Math.ceil((Composer.PAGE.getHeight() - 20f) * scale); // footer in the bottom one
                for (int y = 0; y < img.getHeight(); y++) {
                    for (int x = 0; x < img.getWidth(); x++) {
                        boolean inside = x >= minX && x <= maxX && y >= minY && y <= maxY;
                        if (!inside && !white(img.getRGB(x, y))) {
                            throw new AssertionError("ink outside the margins on page " + (p + 1) + " at " + x + "," + y);
                        }
                    }
                }
            }
            return doc.getNumberOfPages();
        }
    }

    private static boolean white(int rgb) {
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        return r > 245 && g > 245 && b > 245;
    }
}
