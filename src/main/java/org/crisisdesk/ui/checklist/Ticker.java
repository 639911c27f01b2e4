package org.crisisdesk.ui.checklist;

import java.time.Clock;
import java.time.Instant;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.util.Duration;

/**
 * The one timer that drives every visible countdown: a single Timeline firing each second that
 * publishes the injected clock's time. Badges bind to {@link #nowProperty()} (weakly, through
 * bindings), so there is no timer per card and a clock change shows at the next tick.
 */
public final class Ticker {
    private final Clock clock;
    private final ReadOnlyObjectWrapper<Instant> now;
    private final Timeline timeline;

    public Ticker(Clock clock) {
        this.clock = clock;
        this.now = new ReadOnlyObjectWrapper<>(this, "now", clock.instant());
        this.timeline = new Timeline(new KeyFrame(Duration.seconds(1), e -> tick()));
        timeline.setCycleCount(Animation.INDEFINITE);
    }

    public void start() {
        tick();
        timeline.play();
    }

    public void stop() {
        timeline.stop();
    }

    /** Reads the clock now (the timeline calls this each second; tests call it after moving the clock). */
    public void tick() {
        now.set(clock.instant());
    }

    public ReadOnlyObjectProperty<Instant> nowProperty() {
        return now.getReadOnlyProperty();
    }

    public Instant now() {
        return now.get();
    }

    public Clock clock() {
        return clock;
    }
}
