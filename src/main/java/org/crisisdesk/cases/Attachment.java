package org.crisisdesk.cases;

import java.time.Instant;

/** A file attached to a case, stored once by content under {@code attachments/<sha256>}. */
public record Attachment(long id, long incidentId, String sha256, String originalName, long sizeBytes,
                        String contentType, boolean personalData, Instant addedAt, String addedBy) {
}
