package org.crisisdesk.ui.operators;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;

/**
 * Locks the desk after a stretch without keyboard, mouse, scroll or touch input. Time comes from
 * the injected clock and {@link #check()} decides, so tests move a clock instead of waiting five
 * minutes; in the app a one-second timeline calls {@code check()}.
 */
public final class IdleMonitor {
    public static final Duration DEFAULT_IDLE = Duration.ofMinutes(5);
    public static final Duration MIN_IDLE = Duration.ofMinutes(1);
    public static final Duration MAX_IDLE = Duration.ofMinutes(15);

    private final Clock clock;
    private final Runnable onIdle;
    private final ReadOnlyBooleanWrapper locked = new ReadOnlyBooleanWrapper();
    private final EventHandler<InputEvent> activity = e -> activity();
    private volatile Instant lastActivity;
    private Duration idle;
    private Scene scene;
    private Timeline timeline;

    /** @param onIdle runs once on the FX thread when the idle time passes; {@link #reset()} re-arms it */
    public IdleMonitor(Clock clock, Duration idle, Runnable onIdle) {
        this.clock = clock;
        this.onIdle = onIdle;
        this.idle = clamp(idle);
        this.lastActivity = clock.instant();
    }

    /** The setting's value kept within 1..15 minutes; null means the 5-minute default. */
    public static Duration clamp(Duration d) {
        if (d == null) {
            return DEFAULT_IDLE;
        }
        if (d.compareTo(MIN_IDLE) < 0) {
            return MIN_IDLE;
        }
        return d.compareTo(MAX_IDLE) > 0 ? MAX_IDLE : d;
    }

    /** Watches the scene's input (event filters, so no control can swallow it). */
    public void attach(Scene s) {
        detach();
        scene = s;
        scene.addEventFilter(InputEvent.ANY, activity);
    }

    public void detach() {
        if (scene != null) {
            scene.removeEventFilter(InputEvent.ANY, activity);
            scene = null;
        }
    }

    /** Starts the one-second check (FX thread). */
    public void start() {
        if (timeline == null) {
            timeline = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), e -> check()));
            timeline.setCycleCount(Animation.INDEFINITE);
        }
        timeline.play();
    }

    public void stop() {
        if (timeline != null) {
            timeline.stop();
        }
    }

    /** Input happened now. */
    public void activity() {
        lastActivity = clock.instant();
    }

    /** Locks when idle long enough; returns true when this call locked. */
    public boolean check() {
        if (locked.get()) {
            return false;
        }
        if (Duration.between(lastActivity, clock.instant()).compareTo(idle) >= 0) {
            lockNow();
            return true;
        }
        return false;
    }

    /** Locks at once (toolbar "lock", "switch operator"). */
    public void lockNow() {
        if (!locked.get()) {
            locked.set(true);
            onIdle.run();
        }
    }

    /** After an unlock: counts idle time from now again. */
    public void reset() {
        lastActivity = clock.instant();
        locked.set(false);
    }

    public void setIdle(Duration d) {
        idle = clamp(d);
    }

    public Duration idle() {
        return idle;
    }

    /** True from the lock until {@link #reset()}; notifications check it and show no case data while true. */
    public ReadOnlyBooleanProperty lockedProperty() {
        return locked.getReadOnlyProperty();
    }

    public boolean isLocked() {
        return locked.get();
    }
}
