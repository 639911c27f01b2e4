package org.crisisdesk.ui.checklist;

import java.time.Instant;
import org.crisisdesk.checklist.Countdown;
import org.crisisdesk.checklist.StepState;
import org.crisisdesk.checklist.StepStatus;
import org.crisisdesk.common.Messages;

/**
 * What a countdown badge shows for a step at a moment: {@code 00:29:59}, {@code 超时 00:12:30},
 * 待定, 已完成 or 已跳过. Pure, so the view models and tests use it without nodes.
 */
public record CountdownText(StepStatus status, String text) {
    public static CountdownText of(StepState state, Instant windowStart, Instant deadline, Instant now,
            Messages messages) {
        if (state == StepState.DONE) {
            return new CountdownText(StepStatus.DONE, messages.get("checklist.badge.done"));
        }
        if (state == StepState.SKIPPED) {
            return new CountdownText(StepStatus.SKIPPED, messages.get("checklist.badge.skipped"));
        }
        if (deadline == null || windowStart == null || now == null) {
            return new CountdownText(StepStatus.PENDING_INPUT, messages.get("checklist.badge.pending"));
        }
        Countdown c = Countdown.of(windowStart, deadline, now);
        return switch (c.phase()) {
            case ON_TIME -> new CountdownText(StepStatus.ON_TIME, c.clockText());
            case DUE_SOON -> new CountdownText(StepStatus.DUE_SOON, c.clockText());
            // past two days a clock reading (超时 502:25:34) says less than days and hours do
            case OVERDUE -> new CountdownText(StepStatus.OVERDUE, c.remaining().abs().toHours() >= 48
                    ? messages.get("checklist.badge.overdueDays", c.remaining().abs().toDays(),
                            c.remaining().abs().toHoursPart())
                    : messages.get("checklist.badge.overdue", c.clockText()));
        };
    }
}
