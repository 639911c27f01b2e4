package org.crisisdesk.reports.pdf;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays out one {@link Table} on a {@link Composer}: cells wrap, a row that does not fit moves to the
 * next page (or, taller than a page, is split line by line), and the header row repeats on every page.
 */
final class TableLayout {
    private static final float CELL_PAD = 4f;
    private final Composer c;

    TableLayout(Composer c) {
        this.c = c;
    }

    void layout(Table table) {
        Style cell = table.compact() ? Style.CELL_SMALL : Style.CELL;
        Style headStyle = table.compact() ? Style.CELL_SMALL_HEAD : Style.CELL_HEAD;
        List<Table.Column> cols = table.columns();
        float total = (float) cols.stream().mapToDouble(Table.Column::weight).sum();
        float[] widths = new float[cols.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = c.width() * cols.get(i).weight() / total;
        }
        List<List<String>> head = new ArrayList<>();
        for (int i = 0; i < cols.size(); i++) {
            head.add(c.lines(cols.get(i).title(), headStyle, widths[i] - 2 * CELL_PAD));
        }
        Header header = new Header(head, widths, rowHeight(head, headStyle), headStyle);
        c.ensure(header.height + cell.leading() * 2 + 2 * CELL_PAD);
        header.draw();
        int index = 0;
        for (Table.Row row : table.rows()) {
            List<List<String>> cells = new ArrayList<>();
            for (int i = 0; i < cols.size(); i++) {
                Table.Cell tc = i < row.cells().size() ? row.cells().get(i) : Table.Cell.of("");
                cells.add(c.lines(tc.text(), cell.withBold(tc.bold()), widths[i] - 2 * CELL_PAD));
            }
            Color fill = row.fill() != null ? row.fill() : (index % 2 == 1 ? Style.ZEBRA : null);
            placeRow(row, cells, header, cell, fill);
            index++;
        }
        c.advance(6f);
    }

    /** The header row of a table being laid out, to repeat at the top of each new page. */
    private final class Header {
        final List<List<String>> cells;
        final float[] widths;
        final float height;
        final Style style;

        Header(List<List<String>> cells, float[] widths, float height, Style style) {
            this.cells = cells;
            this.widths = widths;
            this.height = height;
            this.style = style;
        }

        void draw() {
            drawRow(cells, widths, height, style, null, Style.HEADER_FILL);
        }
    }

    private void placeRow(Table.Row row, List<List<String>> cells, Header header, Style cell, Color fill) {
        int start = 0;
        int maxLines = Math.max(1, cells.stream().mapToInt(List::size).max().orElse(1));
        while (start < maxLines) {
            float avail = c.y() - c.bottom() - 2 * CELL_PAD;
            int fit = (int) Math.floor(avail / cell.leading() + 1e-3);
            int remaining = maxLines - start;
            boolean freshPage = c.y() >= c.top() - header.height - 0.5f;
            boolean fitsOnEmptyPage = remaining * cell.leading() <= c.top() - c.bottom() - header.height - 2 * CELL_PAD;
            if (fit < remaining && (fit < 1 || (start == 0 && !freshPage && fitsOnEmptyPage))) {
                // move the whole row to a new page rather than splitting it needlessly
                c.newPage();
                header.draw();
                continue;
            }
            int count = Math.min(fit, remaining);
            List<List<String>> slice = new ArrayList<>();
            for (List<String> lines : cells) {
                slice.add(lines.subList(Math.min(start, lines.size()), Math.min(start + count, lines.size())));
            }
            drawRow(slice, header.widths, count * cell.leading() + 2 * CELL_PAD, cell, row, fill);
            start += count;
            if (start < maxLines) {
                c.newPage();
                header.draw();
            }
        }
    }

    private float rowHeight(List<List<String>> cells, Style style) {
        int n = cells.stream().mapToInt(List::size).max().orElse(1);
        return Math.max(1, n) * style.leading() + 2 * CELL_PAD;
    }

    private void drawRow(List<List<String>> cells, float[] widths, float height, Style base, Table.Row row,
                         Color fill) {
        if (fill != null) {
            c.fillRect(c.left(), c.y() - height, c.width(), height, fill);
        }
        float x = c.left();
        for (int i = 0; i < cells.size(); i++) {
            Style st = base;
            if (row != null && i < row.cells().size()) {
                Table.Cell cell = row.cells().get(i);
                st = st.withBold(cell.bold());
                if (cell.color() != null) {
                    st = st.withColor(cell.color());
                }
            }
            float lineTop = c.y() - CELL_PAD;
            for (String line : cells.get(i)) {
                c.text(line, x + CELL_PAD, Composer.baseline(lineTop, st), st);
                lineTop -= st.leading();
            }
            x += widths[i];
        }
        c.advance(height);
        c.line(c.left(), c.y(), c.right(), c.y(), Style.RULE, 0.5f);
    }
}
