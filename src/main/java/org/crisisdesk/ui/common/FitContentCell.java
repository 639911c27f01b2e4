package org.crisisdesk.ui.common;

import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.text.Text;
import javafx.scene.text.TextBoundsType;

/**
 * A list cell as tall as its content at its width: its wrapped text, its graphic, or text beside an
 * icon. The desk's theme
 * gives list cells a fixed height (2.8em), which cut a long note in the case timeline to one line and
 * "…", and the reason under a banned phrase in the checker's panel. The width is the cell's own
 * preferred width when it has one, else the list's.
 */
public class FitContentCell<T> extends ListCell<T> {
    /** Space above and below a row taller than the theme's, together (≈ what a 2.8em row leaves around a line). */
    private static final double ROW_SPACE = 12;
    private final Text measure = new Text();

    public FitContentCell() {
        setWrapText(true);
        setPrefWidth(0); // take the list's width and wrap, not widen the list to the text's one-line width
        measure.setBoundsType(TextBoundsType.LOGICAL_VERTICAL_CENTER); // as a labeled lays out its text
    }

    @Override
    protected double computePrefHeight(double width) {
        double fixed = super.computePrefHeight(width);
        double w = getPrefWidth() > 0 && (width < 0 || getPrefWidth() < width) ? getPrefWidth() : width;
        double inner = w < 0 ? -1 : w - snappedLeftInset() - snappedRightInset();
        Node graphic = getGraphic();
        String text = getText();
        boolean hasText = text != null && !text.isEmpty();
        if (graphic == null && (!hasText || inner <= 0)) {
            return fixed;
        }
        double content = 0;
        double textWidth = inner;
        if (graphic != null) {
            content = graphic.prefHeight(hasText ? -1 : inner);
            textWidth = inner - graphic.prefWidth(-1) - getGraphicTextGap(); // an icon beside the text
        }
        if (hasText && textWidth > 0) {
            measure.setFont(getFont());
            measure.setLineSpacing(getLineSpacing());
            measure.setText(text);
            measure.setWrappingWidth(textWidth);
            content = Math.max(content, Math.ceil(measure.getLayoutBounds().getHeight()));
        }
        // the room around a taller row that the theme's one-line rows have around their line
        return Math.max(fixed, snappedTopInset() + content + snappedBottomInset() + ROW_SPACE);
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }
}
