package org.crisisdesk.drafting;

/** A draft is edited until it is marked final; a final draft is read-only. */
public enum DraftState {
    DRAFT, FINAL
}
