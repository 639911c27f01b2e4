package org.crisisdesk.checklist;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * One step's compliance, for the case report and the case view.
 *
 * @param deadline null when the step never got one (待定)
 * @param lateBy how late a done step was completed, or how far an open step is past its
 *        deadline at report time; zero when on time
 * @param superseded true for a step of a general flow the case left for the media checklist
 */
public record ComplianceRecord(String templateCode, boolean superseded, int stepNo, String stepKey, String title,
        Instant deadline, Instant completedAt, String completedBy, Outcome outcome, Duration lateBy,
        String skipReason, Map<String, String> recorded) {
    public enum Outcome {
        ON_TIME, OVERDUE, SKIPPED, OPEN, OPEN_OVERDUE, PENDING_INPUT
    }

    static ComplianceRecord of(Checklist c, Step s, Instant now) {
        Outcome outcome;
        Duration late = Duration.ZERO;
        switch (s.state()) {
            case DONE -> {
                late = s.lateBy().orElse(Duration.ZERO);
                outcome = late.isZero() ? Outcome.ON_TIME : Outcome.OVERDUE;
            }
            case SKIPPED -> outcome = Outcome.SKIPPED;
            default -> {
                if (s.deadline() == null) {
                    outcome = Outcome.PENDING_INPUT;
                } else if (now.isAfter(s.deadline())) {
                    outcome = Outcome.OPEN_OVERDUE;
                    late = Duration.between(s.deadline(), now);
                } else {
                    outcome = Outcome.OPEN;
                }
            }
        }
        return new ComplianceRecord(c.templateCode(), !c.active(), s.stepNo(), s.key(), s.title(), s.deadline(),
                s.completedAt(), s.completedBy(), outcome, late, s.skipReason(), s.recorded());
    }
}
