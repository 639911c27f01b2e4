package org.crisisdesk.ui.shell;

import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.crisisdesk.cases.CaseSummary;
import org.crisisdesk.checklist.Step;
import org.crisisdesk.common.Messages;
import org.crisisdesk.ui.board.BoardViewModel;
import org.crisisdesk.ui.board.CardExtra;
import org.crisisdesk.ui.checklist.CountdownBadge;
import org.crisisdesk.ui.checklist.Ticker;

/** The current checklist step and its countdown on a board card, driven by the one shared ticker. */
final class CardCountdown implements Supplier<CardExtra> {
    private final BoardViewModel board;
    private final Ticker ticker;
    private final Messages messages;

    CardCountdown(BoardViewModel board, Ticker ticker, Messages messages) {
        this.board = board;
        this.ticker = ticker;
        this.messages = messages;
    }

    @Override
    public CardExtra get() {
        return new StepLine();
    }

    /** One per card: shows the step of whichever case the card shows. */
    private final class StepLine implements CardExtra {
        private final Label step = new Label();
        private final CountdownBadge badge = new CountdownBadge(ticker.nowProperty(), messages);
        private final VBox box = new VBox(2, step, badge);

        StepLine() {
            step.setWrapText(true);
            step.setMinHeight(Region.USE_PREF_SIZE);
        }

        @Override
        public Node node() {
            return box;
        }

        @Override
        public boolean show(CaseSummary c) {
            if (!(board.decoration(c.id()) instanceof Step s)) {
                clear();
                return false;
            }
            step.setText(s.stepNo() + ". " + s.title());
            badge.show(s);
            return true;
        }

        @Override
        public void clear() {
            step.setText(null);
            badge.show(null);
        }
    }
}
