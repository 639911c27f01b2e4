package org.crisisdesk.cases;

import org.crisisdesk.common.Actor;
import org.jdbi.v3.core.Handle;

/**
 * Other capabilities (checklist, audit) that must act inside the same transaction as a case write.
 * Passed to {@link CaseService} at composition; no global event bus.
 */
public interface CaseHooks {
    default void afterCreate(Handle h, Incident created, Actor actor) {
    }

    /** A media contact was added or edited; the checklist starts or recomputes. */
    default void afterMediaContactsChanged(Handle h, long incidentId, Actor actor) {
    }

    default void afterStatusChange(Handle h, Incident before, CaseStatus to, Actor actor) {
    }

    /**
     * Any other change: field edits, signs, notes, attachments. {@code what} names it for the audit;
     * old and new values are the stored text (null where there is none). {@code personal} marks values
     * that are personal data or free text, which an audit must not keep.
     */
    default void afterChange(Handle h, long incidentId, String what, String field, String oldValue, String newValue,
                             boolean personal, Actor actor) {
    }
}
