package org.crisisdesk.checklist;

/** The stored state of a step. */
public enum StepState {
    OPEN, DONE, SKIPPED
}
