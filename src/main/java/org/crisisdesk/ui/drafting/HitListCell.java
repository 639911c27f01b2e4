package org.crisisdesk.ui.drafting;

import atlantafx.base.theme.Styles;
import java.util.function.BiConsumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.crisisdesk.checker.Hit;
import org.crisisdesk.checker.Severity;
import org.crisisdesk.common.Messages;
import org.crisisdesk.ui.common.FitContentCell;

/** One hit in the side panel: severity and phrase, the reason, and a "use this wording" per suggestion. */
final class HitListCell extends FitContentCell<Hit> {
    private final Messages messages;
    private final BiConsumer<Hit, String> onUse;

    HitListCell(Messages messages, BiConsumer<Hit, String> onUse) {
        this.messages = messages;
        this.onUse = onUse;
    }

    @Override
    protected void updateItem(Hit hit, boolean empty) {
        super.updateItem(hit, empty);
        if (empty || hit == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        boolean block = hit.severity() == Severity.BLOCK;
        Label tag = new Label(messages.get(block ? "editor.severity.block" : "editor.severity.warn"));
        tag.getStyleClass().addAll("hit-tag", block ? "hit-tag-block" : "hit-tag-warn");
        Label phrase = new Label(hit.matchedText());
        phrase.getStyleClass().add(Styles.TEXT_BOLD);
        Label reason = new Label(hit.reason());
        reason.setWrapText(true);
        reason.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(4, new HBox(6, tag, phrase), reason);
        for (String s : hit.suggestions()) {
            Button use = new Button(messages.get("editor.useWording", s));
            use.getStyleClass().addAll(Styles.SMALL, Styles.ACCENT, "use-wording");
            use.setWrapText(true);
            use.setMaxWidth(Double.MAX_VALUE);
            use.setOnAction(e -> onUse.accept(hit, s));
            box.getChildren().add(use);
        }
        box.setMaxWidth(Double.MAX_VALUE);
        setText(null);
        setGraphic(box);
    }
}
