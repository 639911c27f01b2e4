package org.crisisdesk.checklist;

/**
 * Offers the user to move a case to a status after a step that settles it is completed
 * (step 4 → SOLUTION_SET 方案已定, 7 → REPLIED 已回复, 8 → CARRIED_OUT 已落实). Implemented by the
 * cases feature, which asks the user and moves the case.
 */
@FunctionalInterface
public interface CaseStatusPort {
    String SOLUTION_SET = "SOLUTION_SET";
    String REPLIED = "REPLIED";
    String CARRIED_OUT = "CARRIED_OUT";
    String CLOSED = "CLOSED";

    void offerMove(long incidentId, String targetStatus);
}
