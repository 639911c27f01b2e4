package org.crisisdesk.ui.common;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.skin.ScrollPaneSkin;

/**
 * A scroll pane skin whose viewport is not cached as a bitmap. The stock skin caches its viewport, so
 * any change inside it (a countdown ticking on one card) re-draws everything the pane shows into the
 * cache: with software rendering that was 130–250 ms a second for the board, and the frame showing a
 * filter keystroke waited behind it. Uncached, only the changed region is drawn (text is also no longer
 * blurred by the cached bitmap at fractional scales). desk.css gives it to every scroll pane.
 */
public class UncachedScrollPaneSkin extends ScrollPaneSkin {

    public UncachedScrollPaneSkin(ScrollPane pane) {
        super(pane);
        for (Node child : getChildren()) {
            if (child.getStyleClass().contains("viewport")) {
                child.setCache(false);
            }
        }
    }
}
