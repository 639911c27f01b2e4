package org.crisisdesk.ui.shell;

import atlantafx.base.theme.Styles;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The strip across the top of the window while the disk is full: a warning that stays until the
 * kept saves are written, then a confirmation that goes away by itself after a few seconds.
 */
final class SaveStatusBanner extends HBox {
    private static final Duration CONFIRMATION_SHOWN = Duration.seconds(8);

    SaveStatusBanner(SaveStatusModel model) {
        Label text = new Label();
        text.setId("save-status-text");
        text.setWrapText(true);
        FontIcon warning = new FontIcon(Material2MZ.WARNING);
        FontIcon done = new FontIcon(Material2AL.CHECK_CIRCLE);
        getChildren().add(text);
        setId("save-status-banner");
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(8, 12, 8, 12));
        getStyleClass().add("save-status-banner");

        text.textProperty().bind(model.textProperty());
        visibleProperty().bind(model.showingProperty());
        managedProperty().bind(visibleProperty());
        PauseTransition fade = new PauseTransition(CONFIRMATION_SHOWN);
        fade.setOnFinished(e -> model.dismiss());
        Runnable style = () -> {
            boolean saved = model.savedAgainProperty().get();
            text.setGraphic(saved ? done : warning);
            getStyleClass().removeAll(Styles.WARNING, Styles.SUCCESS);
            getStyleClass().add(saved ? Styles.SUCCESS : Styles.WARNING);
            if (saved) {
                fade.playFromStart();
            } else {
                fade.stop();
            }
        };
        model.savedAgainProperty().addListener((o, a, b) -> style.run());
        model.showingProperty().addListener((o, a, b) -> style.run());
        style.run();
    }
}
