package org.crisisdesk.operators;

import org.jdbi.v3.core.Handle;

/**
 * Erases one case's personal data from tables the operators package does not own (drafts,
 * attachments flagged as personal, ...). Called by {@link RetentionService} inside the case's
 * erasure transaction; implementations must not commit or open their own transaction.
 */
@FunctionalInterface
public interface PersonalDataEraser {
    void erase(Handle h, long incidentId);
}
