package org.crisisdesk.app.wiring;

import org.crisisdesk.checklist.CaseStatusPort;
import org.crisisdesk.checklist.ChecklistService;
import org.crisisdesk.checklist.Step;
import org.crisisdesk.common.Actor;
import org.crisisdesk.common.UserException;
import org.crisisdesk.drafting.Draft;
import org.crisisdesk.drafting.DraftKind;
import org.crisisdesk.drafting.FinalReplyListener;
import org.jdbi.v3.core.Handle;

/**
 * A final 正式回复 completes its outlet's reply in step 7, but only once step 6 (the group's reply
 * script) is done or a supervisor overrode; a final 暂复 is recorded on step 3.
 */
public final class FinalReplyToChecklist implements FinalReplyListener {
    private final ChecklistService checklists;
    /** Where to offer the status that completing step 7 calls for; the window sets it. */
    private volatile CaseStatusPort offers = (id, status) -> { };

    public FinalReplyToChecklist(ChecklistService checklists) {
        this.checklists = checklists;
    }

    public void setOffers(CaseStatusPort offers) {
        this.offers = offers;
    }

    @Override
    public void onFinal(Handle h, Draft draft, Actor actor) {
        if (draft.kind() == DraftKind.HOLDING_REPLY) {
            checklists.recordHoldingReply(h, draft.incidentId(), draft.text(), actor);
        } else if (draft.kind() == DraftKind.FORMAL_REPLY && draft.mediaContactId() != null) {
            if (!checklists.isStepClosed(h, draft.incidentId(), Step.SCRIPT) && draft.overrideReason() == null) {
                throw new UserException("wiring.formalReplyBeforeScript");
            }
            checklists.recordOutletReply(h, draft.incidentId(), draft.mediaContactId(), draft.text(), actor)
                    // offered only once the reply is really stored
                    .ifPresent(status -> h.afterCommit(() -> offers.offerMove(draft.incidentId(), status)));
        }
    }
}
