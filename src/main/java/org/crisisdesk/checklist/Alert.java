package org.crisisdesk.checklist;

import java.time.Instant;

/** A step that turned due soon or overdue, to be shown once. */
public record Alert(Kind kind, long incidentId, String caseNo, String caseTitle, long stepId, int stepNo,
        String stepTitle, Instant deadline) {
    public enum Kind {
        DUE_SOON, OVERDUE
    }
}
