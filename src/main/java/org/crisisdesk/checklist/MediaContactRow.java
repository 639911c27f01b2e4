package org.crisisdesk.checklist;

import java.time.Instant;

/** The columns of {@code media_contact} the checklist reads. */
public record MediaContactRow(long id, String outlet, String mediaKind, String reach, String journalistName,
        String journalistPhone, String interviewOutline, Instant receivedAt, Instant journalistDeadline,
        Instant expectedPublication) {
}
