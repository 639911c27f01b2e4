package org.crisisdesk.checklist;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One step of a running checklist, copied from its template when the checklist started.
 *
 * @param windowStart where this step's clock starts (the checklist's clock start, or a later
 *        contact's time when step 2 was reopened for a higher route)
 * @param deadline null while 待定 (the rule's input is missing)
 * @param recorded what was recorded on completion, by field label, in field order
 */
public record Step(long id, long checklistId, int stepNo, String key, String title, String leadDepartments,
        String supportDepartments, String guidance, List<String> recordFields, DeadlineRule rule,
        String offersStatus, StepState state, Instant windowStart, Instant deadline, Instant agreedAt,
        Instant completedAt, String completedBy, Map<String, String> recorded, String skipReason, int version) {

    public static final String RECEIVE = "RECEIVE";
    public static final String REPORT = "REPORT";
    public static final String REPLY = "REPLY";
    public static final String DISCOVER = "DISCOVER";
    public static final String OUTLINE = "OUTLINE";
    public static final String SCRIPT = "SCRIPT";

    public Step {
        recordFields = List.copyOf(recordFields);
        recorded = recorded == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(recorded));
    }

    public boolean isOpen() {
        return state == StepState.OPEN;
    }

    /** The countdown of an open step with a deadline. */
    public Optional<Countdown> countdown(Instant now) {
        return isOpen() && deadline != null ? Optional.of(Countdown.of(windowStart, deadline, now)) : Optional.empty();
    }

    public StepStatus status(Instant now) {
        return switch (state) {
            case DONE -> StepStatus.DONE;
            case SKIPPED -> StepStatus.SKIPPED;
            case OPEN -> {
                if (deadline == null) {
                    yield StepStatus.PENDING_INPUT;
                }
                yield switch (Countdown.of(windowStart, deadline, now).phase()) {
                    case ON_TIME -> StepStatus.ON_TIME;
                    case DUE_SOON -> StepStatus.DUE_SOON;
                    case OVERDUE -> StepStatus.OVERDUE;
                };
            }
        };
    }

    /** For a done step: how late it was completed (zero when on time); empty otherwise. */
    public Optional<Duration> lateBy() {
        if (state != StepState.DONE || deadline == null || completedAt == null) {
            return Optional.empty();
        }
        Duration late = Duration.between(deadline, completedAt);
        return Optional.of(late.isNegative() ? Duration.ZERO : late);
    }

    /** The rule needs an agreed time that can be entered on the step. */
    public boolean takesAgreedTime() {
        return rule.kind() == DeadlineRule.Kind.AGREED_TIME;
    }

    /** The rule uses the journalist's deadline. */
    public boolean usesJournalistDeadline() {
        return rule.kind() == DeadlineRule.Kind.JOURNALIST_DEADLINE || rule.kind() == DeadlineRule.Kind.EARLIER_OF;
    }
}
