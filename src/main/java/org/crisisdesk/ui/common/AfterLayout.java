package org.crisisdesk.ui.common;

import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Scene;

/** Runs something once, after the first layout pass of a scene in which {@code ready} holds. */
public final class AfterLayout {
    private AfterLayout() {
    }

    public static void once(Scene scene, BooleanSupplier ready, Runnable action) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (!ready.getAsBoolean()) {
                Platform.requestNextPulse();
                return;
            }
            scene.removePostLayoutPulseListener(listener[0]);
            action.run();
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }
}
