package org.crisisdesk.reports.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A small flow layout on A4 pages: a cursor moves down the content box, and anything that does not
 * fit starts a new page. Text is cleaned for the font and broken into lines by {@link LineBreaker}.
 * Headers and footers are painted by {@link #finish(PagePainter)} once the page count is known.
 */
public final class Composer {
    public static final PDRectangle PAGE = PDRectangle.A4;
    public static final float MARGIN_X = 50f;
    public static final float MARGIN_TOP = 64f;
    public static final float MARGIN_BOTTOM = 60f;

    /** Paints the running header and footer of page {@code index} (0-based) of {@code count}. */
    @FunctionalInterface
    public interface PagePainter {
        void paint(Composer c, PDPageContentStream cs, int index, int count) throws IOException;
    }

    private final PDDocument doc;
    private final Fonts fonts;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream cs;
    private float y;

    public Composer(PDDocument doc, ReportFonts shared) {
        this.doc = doc;
        this.fonts = new Fonts(doc, shared);
        newPage();
    }

    public PDDocument document() {
        return doc;
    }

    public Fonts fonts() {
        return fonts;
    }

    public float left() {
        return MARGIN_X;
    }

    public float right() {
        return PAGE.getWidth() - MARGIN_X;
    }

    public float width() {
        return right() - left();
    }

    public float top() {
        return PAGE.getHeight() - MARGIN_TOP;
    }

    public float bottom() {
        return MARGIN_BOTTOM;
    }

    /** The cursor: the top of the next thing to place, in PDF units from the page bottom. */
    public float y() {
        return y;
    }

    public PDPageContentStream stream() {
        return cs;
    }

    public void newPage() {
        closeStream();
        PDPage page = new PDPage(PAGE);
        doc.addPage(page);
        pages.add(page);
        try {
            cs = new PDPageContentStream(doc, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = top();
    }

    public boolean atPageTop() {
        return y >= top() - 0.5f;
    }

    /** Starts a new page unless {@code height} still fits above the bottom margin. */
    public void ensure(float height) {
        if (y - height < bottom() && !atPageTop()) {
            newPage();
        }
    }

    public void space(float height) {
        y -= height;
        if (y < bottom()) {
            newPage();
        }
    }

    public List<String> lines(String text, Style style, float maxWidth) {
        return LineBreaker.breakLines(fonts.clean(text), maxWidth,
                cp -> fonts.width(cp, style.bold(), style.size()));
    }

    /** One line of already-cleaned text with its baseline at {@code baseline}. */
    public void text(String line, float x, float baseline, Style style) {
        if (line.isEmpty()) {
            return;
        }
        try {
            cs.beginText();
            cs.setFont(fonts.font(style.bold()), style.size());
            cs.setNonStrokingColor(style.color());
            cs.newLineAtOffset(x, baseline);
            cs.showText(line);
            cs.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Baseline of a line whose box starts at {@code lineTop}: glyphs centred in the leading. */
    public static float baseline(float lineTop, Style style) {
        return lineTop - (style.leading() - style.size()) / 2f - style.size() * 0.86f;
    }

    public void paragraph(String text, Style style) {
        paragraph(text, style, left(), width());
    }

    /** Wrapped text at {@code x}, continuing on new pages line by line. */
    public void paragraph(String text, Style style, float x, float maxWidth) {
        for (String line : lines(text, style, maxWidth)) {
            ensure(style.leading());
            text(line, x, baseline(y, style), style);
            y -= style.leading();
        }
    }

    /** A section heading with an accent bar; kept together with the first lines after it. */
    public void heading(String text, Style style) {
        ensure(style.leading() + 12f + Style.BODY.leading() * 4);
        if (!atPageTop()) {
            y -= 8f;
        }
        if (style == Style.H1) {
            fillRect(left(), y - style.leading() + 4f, 3f, style.leading() - 8f, style.color());
            text(fonts.clean(text), left() + 8f, baseline(y, style), style);
            y -= style.leading();
            line(left(), y + 2f, right(), y + 2f, Style.RULE, 0.6f);
            y -= 4f;
        } else {
            text(fonts.clean(text), left(), baseline(y, style), style);
            y -= style.leading();
        }
    }

    /** Label / value pairs; the value wraps beside its label. */
    public void keyValues(List<String[]> pairs, float labelWidth) {
        for (String[] kv : pairs) {
            List<String> values = lines(kv[1], Style.BODY, width() - labelWidth);
            ensure(Style.BODY.leading());
            text(fonts.clean(kv[0]), left(), baseline(y, Style.LABEL), Style.LABEL);
            for (String v : values) {
                ensure(Style.BODY.leading());
                text(v, left() + labelWidth, baseline(y, Style.BODY), Style.BODY);
                y -= Style.BODY.leading();
            }
        }
    }

    /** Label / value pairs in {@code columns} side-by-side columns (short values: dates, names). */
    public void keyValueGrid(List<String[]> pairs, int columns, float labelWidth) {
        float colWidth = width() / columns;
        for (int i = 0; i < pairs.size(); i += columns) {
            List<List<String>> values = new ArrayList<>();
            int rows = 1;
            for (int c = 0; c < columns && i + c < pairs.size(); c++) {
                List<String> v = lines(pairs.get(i + c)[1], Style.BODY, colWidth - labelWidth - 8f);
                values.add(v);
                rows = Math.max(rows, v.size());
            }
            ensure(rows * Style.BODY.leading());
            for (int c = 0; c < values.size(); c++) {
                float x = left() + c * colWidth;
                text(fonts.clean(pairs.get(i + c)[0]), x, baseline(y, Style.LABEL), Style.LABEL);
                float lineTop = y;
                for (String v : values.get(c)) {
                    text(v, x + labelWidth, baseline(lineTop, Style.BODY), Style.BODY);
                    lineTop -= Style.BODY.leading();
                }
            }
            y -= rows * Style.BODY.leading();
        }
    }

    /** Wrapped text set off by a bar on its left, as for a quoted reply; paginates line by line. */
    public void quote(String text, Style style) {
        for (String line : lines(text, style, width() - 14f)) {
            ensure(style.leading());
            fillRect(left() + 2f, y - style.leading(), 2f, style.leading(), Style.RULE);
            text(line, left() + 14f, baseline(y, style), style);
            y -= style.leading();
        }
    }

    /** A filled rounded-less badge at {@code x} with its top at {@code top}; returns its width. */
    public float badge(String label, float x, float top, Color fill, Color textColor) {
        Style st = new Style(9f, true, textColor, 16f);
        String clean = fonts.clean(label);
        float w = fonts.width(clean, true, st.size()) + 12f;
        fillRect(x, top - st.leading(), w, st.leading(), fill);
        text(clean, x + 6f, baseline(top, st), st);
        return w;
    }

    /** A small square check box, ticked or not, with its top at {@code top}. */
    public void checkBox(float x, float top, boolean ticked) {
        try {
            float s = 9f;
            float yb = top - s;
            if (ticked) {
                fillRect(x, yb, s, s, Style.NAVY);
                cs.setStrokingColor(Color.WHITE);
                cs.setLineWidth(1.4f);
                cs.moveTo(x + 2f, yb + 4.6f);
                cs.lineTo(x + 3.8f, yb + 2.5f);
                cs.lineTo(x + 7.2f, yb + 6.8f);
                cs.stroke();
            } else {
                cs.setStrokingColor(Style.MUTED);
                cs.setLineWidth(0.8f);
                cs.addRect(x, yb, s, s);
                cs.stroke();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A table whose rows wrap and continue across pages; the header row repeats on each page. */
    public void table(Table table) {
        new TableLayout(this).layout(table);
    }

    public void fillRect(float x, float yBottom, float w, float h, Color color) {
        try {
            cs.setNonStrokingColor(color);
            cs.addRect(x, yBottom, w, h);
            cs.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void line(float x1, float y1, float x2, float y2, Color color, float width) {
        try {
            cs.setStrokingColor(color);
            cs.setLineWidth(width);
            cs.moveTo(x1, y1);
            cs.lineTo(x2, y2);
            cs.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void image(PDImageXObject image, float x, float yBottom, float w, float h) {
        try {
            cs.drawImage(image, x, yBottom, w, h);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Moves the cursor down without a page check: for blocks placed after {@link #ensure}. */
    public void advance(float height) {
        y -= height;
    }

    /** Closes the last page and paints headers and footers on every page. */
    public void finish(PagePainter painter) {
        closeStream();
        int count = pages.size();
        for (int i = 0; i < count; i++) {
            try (PDPageContentStream footer = new PDPageContentStream(doc, pages.get(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                cs = footer;
                painter.paint(this, footer, i, count);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        cs = null;
    }

    public int pageCount() {
        return pages.size();
    }

    private void closeStream() {
        if (cs != null) {
            try {
                cs.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            cs = null;
        }
    }
}
