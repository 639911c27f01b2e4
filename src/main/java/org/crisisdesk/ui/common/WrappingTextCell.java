package org.crisisdesk.ui.common;

import javafx.scene.control.ListCell;
import javafx.scene.text.Text;
import javafx.scene.text.TextBoundsType;

/**
 * A list cell whose text wraps and which is as tall as its wrapped text. The desk's theme gives list
 * cells a fixed height (2.8em), which showed a long note in the case timeline as one line and "…".
 * Text-only cells; the text is measured at the cell's width (its preferred width when it has one).
 */
public class WrappingTextCell<T> extends ListCell<T> {
    private final Text measure = new Text();

    public WrappingTextCell() {
        setWrapText(true);
        measure.setBoundsType(TextBoundsType.LOGICAL_VERTICAL_CENTER); // as a labeled lays out its text
    }

    @Override
    protected double computePrefHeight(double width) {
        double fixed = super.computePrefHeight(width);
        String text = getText();
        double w = getPrefWidth() > 0 && (width < 0 || getPrefWidth() < width) ? getPrefWidth() : width;
        if (getGraphic() != null || text == null || text.isEmpty() || w <= 0) {
            return fixed;
        }
        measure.setFont(getFont());
        measure.setLineSpacing(getLineSpacing());
        measure.setText(text);
        measure.setWrappingWidth(w - snappedLeftInset() - snappedRightInset());
        return Math.max(fixed, snappedTopInset() + Math.ceil(measure.getLayoutBounds().getHeight())
                + snappedBottomInset());
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }
}
