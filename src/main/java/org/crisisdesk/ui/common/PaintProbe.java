package org.crisisdesk.ui.common;

import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import org.crisisdesk.common.StartupProbe;

/**
 * For the board benchmark only ({@link StartupProbe}): marks the moment something has been drawn, not
 * merely handed to JavaFX. Once {@code ready} holds after a layout pass, that frame is drawn by the
 * render thread; a pulse waits for the previous frame to be drawn before it syncs its own, so the mark
 * is printed at the start of the second pulse after — at most one frame (≈16 ms) late, never early.
 * "laid-out WHAT" is printed before, when the layout pass is over (the part the graphics card does not
 * change).
 */
public final class PaintProbe {
    private PaintProbe() {
    }

    public static void markWhenPainted(Scene scene, String what, BooleanSupplier ready) {
        AfterLayout.once(scene, ready, () -> {
            StartupProbe.mark("laid-out " + what); // the FX thread's part is done; the frame is drawn next
            int[] pulses = {0};
            Runnable[] beforeLayout = new Runnable[1];
            beforeLayout[0] = () -> {
                if (++pulses[0] == 2) {
                    scene.removePreLayoutPulseListener(beforeLayout[0]);
                    StartupProbe.mark(what);
                } else {
                    Platform.requestNextPulse();
                }
            };
            scene.addPreLayoutPulseListener(beforeLayout[0]);
            Platform.requestNextPulse();
        });
    }
}
