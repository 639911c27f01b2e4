package org.crisisdesk.cases;

import java.time.Instant;

/**
 * A file attached to a case, stored once by content under {@code attachments/<sha256>}. An
 * attachment erased under the retention period ({@code erasedAt} set) has no file, name or digest
 * any more: callers show it with a message instead of its name and never open it.
 */
public record Attachment(long id, long incidentId, String sha256, String originalName, long sizeBytes,
                        String contentType, boolean personalData, Instant addedAt, String addedBy, Instant erasedAt) {

    public Attachment(long id, long incidentId, String sha256, String originalName, long sizeBytes,
                      String contentType, boolean personalData, Instant addedAt, String addedBy) {
        this(id, incidentId, sha256, originalName, sizeBytes, contentType, personalData, addedAt, addedBy, null);
    }

    public boolean erased() {
        return erasedAt != null;
    }
}
