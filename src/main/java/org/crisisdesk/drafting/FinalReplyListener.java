package org.crisisdesk.drafting;

import org.crisisdesk.common.Actor;
import org.jdbi.v3.core.Handle;

/**
 * Told when a draft becomes final, inside the transaction that writes the final text to the
 * timeline. The checklist uses it: a final {@link DraftKind#FORMAL_REPLY} completes the outlet's
 * reply in step 7, a final {@link DraftKind#HOLDING_REPLY} is recorded on step 3. Throwing a
 * {@link org.crisisdesk.common.UserException} refuses the finalisation and rolls everything back.
 * {@code draft.overrideReason()} is non-null when a supervisor overrode.
 */
@FunctionalInterface
public interface FinalReplyListener {
    void onFinal(Handle handle, Draft draft, Actor actor);

    FinalReplyListener NONE = (h, d, a) -> { };
}
