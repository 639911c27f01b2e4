package org.crisisdesk.drafting;

/**
 * Supplies placeholder values for a draft of a case; called off the FX thread (it may read the
 * database). {@code mediaContactId} is the outlet of a holding/formal reply, or null.
 */
@FunctionalInterface
public interface PlaceholderSource {
    PlaceholderValues valuesFor(long incidentId, Long mediaContactId);
}
