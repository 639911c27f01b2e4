package org.crisisdesk.cases;

import java.time.Instant;

/** A media contact as entered (new, or the edited values of an existing one). */
public record NewMediaContact(
        String outlet,
        MediaKind kind,
        Medium medium,
        Reach reach,
        String journalistName,
        String journalistPhone,
        String interviewOutline,
        Instant journalistDeadline,
        Instant expectedPublication,
        Instant receivedAt) {
}
