package org.crisisdesk.checklist;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How a step's deadline follows from the clock start and the inputs entered on the case.
 *
 * @param kind the rule
 * @param offset the offset from the step's window start, for {@link Kind#OFFSET} and {@link Kind#EARLIER_OF}
 */
public record DeadlineRule(Kind kind, Duration offset) {
    public enum Kind {
        /** Window start + offset (0 = at once). */
        OFFSET,
        /** The journalist's deadline; 待定 until one is entered. */
        JOURNALIST_DEADLINE,
        /** The earlier of window start + offset and the journalist's deadline ("or by the journalist's requirement"). */
        EARLIER_OF,
        /** A time agreed with the customer, entered on the step; 待定 until then. */
        AGREED_TIME
    }

    public DeadlineRule {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.OFFSET || kind == Kind.EARLIER_OF) && (offset == null || offset.isNegative())) {
            throw new IllegalArgumentException(kind + " needs a non-negative offset");
        }
    }

    public static DeadlineRule offset(Duration offset) {
        return new DeadlineRule(Kind.OFFSET, offset);
    }

    public static DeadlineRule journalistDeadline() {
        return new DeadlineRule(Kind.JOURNALIST_DEADLINE, null);
    }

    public static DeadlineRule earlierOf(Duration offset) {
        return new DeadlineRule(Kind.EARLIER_OF, offset);
    }

    public static DeadlineRule agreedTime() {
        return new DeadlineRule(Kind.AGREED_TIME, null);
    }

    /** From the stored columns {@code rule_kind} and {@code offset_minutes}. */
    public static DeadlineRule of(String kind, Integer offsetMinutes) {
        return new DeadlineRule(Kind.valueOf(kind), offsetMinutes == null ? null : Duration.ofMinutes(offsetMinutes));
    }

    public Integer offsetMinutes() {
        return offset == null ? null : (int) offset.toMinutes();
    }

    /** True when the rule cannot give a deadline without something entered on the case. */
    public boolean needsInput() {
        return kind == Kind.JOURNALIST_DEADLINE || kind == Kind.AGREED_TIME;
    }

    /**
     * The deadline, or empty while the input the rule needs is missing (the step shows 待定).
     *
     * @param windowStart the step's clock start
     * @param journalistDeadline the journalist's deadline, or null when none is recorded
     * @param agreedAt the time agreed with the customer, or null
     */
    public Optional<Instant> deadline(Instant windowStart, Instant journalistDeadline, Instant agreedAt) {
        return switch (kind) {
            case OFFSET -> Optional.of(windowStart.plus(offset));
            case JOURNALIST_DEADLINE -> Optional.ofNullable(journalistDeadline);
            case EARLIER_OF -> {
                Instant byOffset = windowStart.plus(offset);
                yield Optional.of(journalistDeadline != null && journalistDeadline.isBefore(byOffset)
                        ? journalistDeadline : byOffset);
            }
            case AGREED_TIME -> Optional.ofNullable(agreedAt);
        };
    }
}
