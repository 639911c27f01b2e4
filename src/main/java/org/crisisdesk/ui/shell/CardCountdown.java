package org.crisisdesk.ui.shell;

import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.crisisdesk.cases.CaseSummary;
import org.crisisdesk.checklist.Step;
import org.crisisdesk.common.Messages;
import org.crisisdesk.ui.board.BoardViewModel;
import org.crisisdesk.ui.checklist.CountdownBadge;
import org.crisisdesk.ui.checklist.Ticker;

/** The current checklist step and its countdown on a board card, driven by the one shared ticker. */
final class CardCountdown implements Function<CaseSummary, Node> {
    private final BoardViewModel board;
    private final Ticker ticker;
    private final Messages messages;

    CardCountdown(BoardViewModel board, Ticker ticker, Messages messages) {
        this.board = board;
        this.ticker = ticker;
        this.messages = messages;
    }

    @Override
    public Node apply(CaseSummary c) {
        if (!(board.decoration(c.id()) instanceof Step s)) {
            return null;
        }
        Label step = new Label(s.stepNo() + ". " + s.title());
        step.setWrapText(true);
        step.setMinHeight(Region.USE_PREF_SIZE);
        CountdownBadge badge = new CountdownBadge(ticker.nowProperty(), messages);
        badge.show(s);
        return new VBox(2, step, badge);
    }
}
