package org.crisisdesk.operators;

import java.util.function.UnaryOperator;
import org.jdbi.v3.core.Handle;

/**
 * Erases one case's personal data from tables the operators package does not own (drafts,
 * attachments flagged as personal, ...). Called by {@link RetentionService} inside the case's
 * erasure transaction; implementations must not commit or open their own transaction (work that
 * must wait for the commit, such as deleting files, goes to {@link Handle#afterCommit}).
 */
@FunctionalInterface
public interface PersonalDataEraser {
    /**
     * @param anonymise the case's rule for free text: its names and phones (read before the case
     *                  row was cleared) replaced by their masks, other phone and ID numbers masked
     */
    void erase(Handle h, long incidentId, UnaryOperator<String> anonymise);
}
