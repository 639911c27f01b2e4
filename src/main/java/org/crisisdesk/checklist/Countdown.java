package org.crisisdesk.checklist;

import java.time.Duration;
import java.time.Instant;

/**
 * Where an open step stands against its deadline at a given moment. Always computed from the
 * stored window start and deadline and the clock, never counted down in memory, so it is right
 * after a restart, a sleep or a clock change.
 *
 * @param phase on time, due soon or overdue
 * @param remaining time left; negative once overdue
 */
public record Countdown(Phase phase, Duration remaining) {
    /** A step turns due soon once less than this share of its window remains. */
    static final double DUE_SOON_SHARE = 0.2;
    /** ... and never later than this before the deadline. */
    static final Duration DUE_SOON_AT_LATEST = Duration.ofMinutes(5);

    public enum Phase {
        ON_TIME, DUE_SOON, OVERDUE
    }

    public static Countdown of(Instant windowStart, Instant deadline, Instant now) {
        Duration remaining = Duration.between(now, deadline);
        Phase phase;
        if (remaining.isNegative()) {
            phase = Phase.OVERDUE;
        } else if (!now.isBefore(dueSoonAt(windowStart, deadline))) {
            phase = Phase.DUE_SOON;
        } else {
            phase = Phase.ON_TIME;
        }
        return new Countdown(phase, remaining);
    }

    /**
     * The moment a step turns amber: 20% of the window before the deadline, or 5 minutes before
     * when that is earlier (a 30-minute step from 10:02 turns amber at 10:26).
     */
    public static Instant dueSoonAt(Instant windowStart, Instant deadline) {
        Duration window = Duration.between(windowStart, deadline);
        if (window.isNegative()) {
            window = Duration.ZERO;
        }
        Duration share = Duration.ofMillis((long) (window.toMillis() * DUE_SOON_SHARE));
        Duration lead = share.compareTo(DUE_SOON_AT_LATEST) > 0 ? share : DUE_SOON_AT_LATEST;
        return deadline.minus(lead);
    }

    /** {@code 00:29:59} left or {@code 00:12:30} overdue; hours keep counting past 24. */
    public String clockText() {
        long seconds = Math.abs(remaining.getSeconds());
        if (remaining.isNegative() && remaining.getNano() > 0) {
            // -12:29.5 is shown as 00:12:29: whole seconds elapsed past the deadline
            seconds = Math.abs(remaining.plusSeconds(1).getSeconds());
        }
        return format(Duration.ofSeconds(seconds));
    }

    /** {@code HH:MM:SS} of a non-negative duration, whole seconds, hours past 24 kept. */
    public static String format(Duration d) {
        long seconds = Math.abs(d.getSeconds());
        return String.format("%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }

    public boolean isOverdue() {
        return phase == Phase.OVERDUE;
    }
}
