package org.crisisdesk.checklist;

/** What a step shows at a given moment: its stored state combined with the countdown. */
public enum StepStatus {
    ON_TIME, DUE_SOON, OVERDUE,
    /** 待定: open, but the input its deadline rule needs is missing. */
    PENDING_INPUT,
    DONE, SKIPPED
}
