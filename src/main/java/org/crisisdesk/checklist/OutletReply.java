package org.crisisdesk.checklist;

import java.time.Instant;

/** Step 7's formal reply (正式回复) to one outlet, with that outlet's deadline (null = 待定). */
public record OutletReply(long id, long stepId, long mediaContactId, String outlet, StepState state,
        Instant deadline, String replyText, Instant repliedAt, String repliedBy, int version) {
    public boolean isDone() {
        return state == StepState.DONE;
    }
}
