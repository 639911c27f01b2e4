package org.crisisdesk.ui.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The desk's stylesheet gives every scroll pane (also the one inside a text area) an uncached viewport. */
@ExtendWith(ApplicationExtension.class)
class UncachedScrollPaneSkinTest {
    private ScrollPane pane;
    private TextArea area;

    @Start
    void start(Stage stage) {
        pane = new ScrollPane(new Label("舆情应对台"));
        area = new TextArea("一行\n两行");
        Scene scene = new Scene(new VBox(pane, area), 300, 200);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void viewportsAreNotCachedAsBitmaps(FxRobot robot) {
        robot.interact(() -> {
            for (Node node : pane.getScene().getRoot().lookupAll(".scroll-pane")) {
                ScrollPane p = (ScrollPane) node;
                assertInstanceOf(UncachedScrollPaneSkin.class, p.getSkin());
                Node viewport = p.lookup(".viewport");
                assertFalse(viewport.isCache(), "the viewport of " + p + " is cached");
            }
            assertInstanceOf(UncachedScrollPaneSkin.class, ((ScrollPane) area.lookup(".scroll-pane")).getSkin());
        });
    }
}
