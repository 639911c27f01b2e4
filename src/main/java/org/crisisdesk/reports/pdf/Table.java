package org.crisisdesk.reports.pdf;

import java.awt.Color;
import java.util.List;

/** A table to lay out: columns with relative widths, and rows of cells; compact uses a smaller type. */
public record Table(List<Column> columns, List<Row> rows, boolean compact) {
    public Table {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    public Table(List<Column> columns, List<Row> rows) {
        this(columns, rows, false);
    }

    /** @param weight share of the content width relative to the other columns */
    public record Column(String title, float weight) {
    }

    /** @param color text colour, null for the default */
    public record Cell(String text, Color color, boolean bold) {
        public static Cell of(String text) {
            return new Cell(text, null, false);
        }
    }

    /** @param fill background, null for plain (zebra striped) */
    public record Row(List<Cell> cells, Color fill) {
        public Row {
            cells = List.copyOf(cells);
        }

        public static Row of(String... texts) {
            return new Row(java.util.Arrays.stream(texts).map(Cell::of).toList(), null);
        }
    }
}
