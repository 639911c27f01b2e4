package org.crisisdesk.drafting;

import java.util.OptionalInt;

/** What a draft is for. Replies to an outlet tie into the media checklist (steps 3 and 7). */
public enum DraftKind {
    /** 回复顾客. */
    CUSTOMER_REPLY(0),
    /** 暂复: the holding reply to a journalist, recorded on checklist step 3. */
    HOLDING_REPLY(3),
    /** 正式回复: the formal written reply to one outlet, completing checklist step 7. */
    FORMAL_REPLY(7),
    /** 社交平台发布. */
    SOCIAL_POST(0),
    /** 内部上报. */
    INTERNAL_REPORT(0);

    private final int checklistStep;

    DraftKind(int checklistStep) {
        this.checklistStep = checklistStep;
    }

    /** The checklist step a final draft of this kind records, if any. */
    public OptionalInt checklistStep() {
        return checklistStep == 0 ? OptionalInt.empty() : OptionalInt.of(checklistStep);
    }

    /** Whether the draft is addressed to one outlet (then it may carry a media contact). */
    public boolean toOutlet() {
        return this == HOLDING_REPLY || this == FORMAL_REPLY;
    }

    /** The bundle key of the label (drafting bundle), e.g. 正式回复. */
    public String labelKey() {
        return "drafting.kind." + name();
    }
}
