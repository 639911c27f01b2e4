package org.crisisdesk.ui.board;

import javafx.scene.Node;
import org.crisisdesk.cases.CaseSummary;

/**
 * What a card shows below its own lines (the shell adds the current checklist step and its
 * countdown). Like the card, it is built once per list cell and shown again for each case the cell
 * scrolls to, so scrolling and the first board create no nodes for JavaFX to style.
 */
public interface CardExtra {
    Node node();

    /** Shows what belongs to this case; false when there is nothing, and the card hides the node. */
    boolean show(CaseSummary c);

    /** Forgets the last case shown (the card's cell is empty now). */
    void clear();
}
