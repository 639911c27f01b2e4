package org.crisisdesk.ui.common.editor;

import atlantafx.base.theme.Styles;
import java.util.function.BiConsumer;
import javafx.animation.PauseTransition;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import javafx.util.Duration;
import org.crisisdesk.checker.Hit;
import org.crisisdesk.checker.Severity;
import org.crisisdesk.common.Messages;

/** The small window beside a hit: why it is marked, and the wording to use instead (one click). */
final class HitPopup {
    private final Popup popup = new Popup();
    private final VBox box = new VBox(6);
    private final Messages messages;
    private final BiConsumer<Hit, String> onUse;
    private final PauseTransition hideLater = new PauseTransition(Duration.millis(400));
    private Hit shown;

    HitPopup(Messages messages, BiConsumer<Hit, String> onUse) {
        this.messages = messages;
        this.onUse = onUse;
        box.getStyleClass().add("hit-popup");
        box.getStylesheets().add(HitPopup.class.getResource("highlighting-editor.css").toExternalForm());
        box.setMaxWidth(420);
        popup.getContent().add(box);
        popup.setAutoHide(true);
        popup.setHideOnEscape(true);
        hideLater.setOnFinished(e -> {
            if (!box.isHover()) {
                hide();
            }
        });
        box.hoverProperty().addListener((o, was, now) -> {
            if (!now) {
                hideLater.playFromStart();
            }
        });
    }

    void show(Node owner, Hit hit, Point2D screen) {
        hideLater.stop();
        if (hit.equals(shown) && popup.isShowing()) {
            return;
        }
        shown = hit;
        Label head = new Label(messages.get(hit.severity() == Severity.BLOCK ? "editor.severity.block"
                : "editor.severity.warn") + " · " + hit.matchedText());
        head.getStyleClass().addAll(Styles.TEXT_BOLD, hit.severity() == Severity.BLOCK ? Styles.DANGER : Styles.WARNING);
        Label reason = new Label(hit.reason());
        reason.setWrapText(true);
        box.getChildren().setAll(head, reason);
        for (String s : hit.suggestions()) {
            Button use = new Button(messages.get("editor.useWording", s));
            use.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
            use.setWrapText(true);
            use.setMaxWidth(400);
            use.setOnAction(e -> {
                hide();
                onUse.accept(hit, s);
            });
            box.getChildren().add(use);
        }
        if (owner.getScene() != null && owner.getScene().getWindow() != null) {
            popup.show(owner, screen.getX(), screen.getY() + 4);
        }
    }

    /** Hides soon unless the mouse moves onto the popup (to click a suggestion). */
    void hideSoon() {
        hideLater.playFromStart();
    }

    void hide() {
        hideLater.stop();
        shown = null;
        popup.hide();
    }

    boolean isShowing() {
        return popup.isShowing();
    }

    Hit shownHit() {
        return popup.isShowing() ? shown : null;
    }
}
