package org.crisisdesk.ui.common.editor;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.application.Platform;

/**
 * Runs a phrase check inline on the FX thread while checks are cheap, and on the background
 * executor once they are not. Inline, a keystroke's hits are painted in the same pulse as the
 * keystroke; posted back from another thread they wait for the next pulse (measured: about one
 * frame more, see the benchmark). The average check time is tracked as a moving average, so a
 * long draft or a heavy rule set moves checks off the FX thread by itself, and back again.
 */
public final class AdaptiveCheckExecutor implements Executor {
    private final Executor background;
    private final long budgetNanos;
    private volatile double averageNanos;

    /** @param inlineBudget checks averaging less than this run inline (2 ms is a good default) */
    public AdaptiveCheckExecutor(Executor background, Duration inlineBudget) {
        this.background = Objects.requireNonNull(background);
        this.budgetNanos = inlineBudget.toNanos();
    }

    @Override
    public void execute(Runnable check) {
        if (Platform.isFxApplicationThread() && averageNanos < budgetNanos) {
            timed(check);
        } else {
            background.execute(() -> timed(check));
        }
    }

    private void timed(Runnable check) {
        long t0 = System.nanoTime();
        check.run();
        long took = System.nanoTime() - t0;
        averageNanos = averageNanos == 0 ? took : averageNanos * 0.8 + took * 0.2;
    }

    /** The moving average of recent check times. */
    public Duration averageCheckTime() {
        return Duration.ofNanos((long) averageNanos);
    }
}
