package org.crisisdesk.checklist;

import java.time.Instant;

/** The review (复盘) kept on a case: what happened, what worked, what to change in the plan. */
public record Review(long incidentId, String whatHappened, String whatWorked, String whatToChange, Instant updatedAt,
        String updatedBy, int version) {
    /** The version to pass when saving a case's first review. */
    public static final int NEW = -1;
}
