package org.crisisdesk.ui.common;

import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * Runs only the last of a burst of tasks, once none has come for the given pause (a search while
 * someone types). Runs on the FX thread; create and use it there.
 */
public final class Debouncer implements Consumer<Runnable> {
    private final PauseTransition pause;
    private Runnable last;

    public Debouncer(Duration quiet) {
        pause = new PauseTransition(quiet);
        pause.setOnFinished(e -> {
            Runnable task = last;
            last = null;
            if (task != null) {
                task.run();
            }
        });
    }

    @Override
    public void accept(Runnable task) {
        last = task;
        pause.playFromStart();
    }
}
