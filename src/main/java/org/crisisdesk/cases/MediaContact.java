package org.crisisdesk.cases;

import java.time.Instant;

/** A journalist or outlet involved in a case. The earliest contact and earliest deadline govern. */
public record MediaContact(
        long id,
        long incidentId,
        String outlet,
        MediaKind kind,
        Medium medium,
        Reach reach,
        String journalistName,
        String journalistPhone,
        String interviewOutline,
        Instant journalistDeadline,
        Instant expectedPublication,
        Instant receivedAt,
        int version) {
}
