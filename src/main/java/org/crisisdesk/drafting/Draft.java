package org.crisisdesk.drafting;

import java.time.Instant;

/**
 * One written reply on a case.
 *
 * @param mediaContactId the outlet a holding or formal reply goes to, or null
 * @param version optimistic-lock counter of the row; every save checks and bumps it
 * @param overrideReason the supervisor's written reason when finalised despite blocking findings
 */
public record Draft(long id, long incidentId, DraftKind kind, String title, Long mediaContactId, String text,
                    DraftState state, int version, Instant createdAt, String createdBy, Instant updatedAt,
                    String updatedBy, Instant finalisedAt, String finalisedBy, String overrideReason) {

    public boolean isFinal() {
        return state == DraftState.FINAL;
    }
}
