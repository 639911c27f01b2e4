package org.crisisdesk.drafting;

import java.time.Instant;

/**
 * A kept snapshot of a draft's text.
 *
 * @param versionNo 1, 2, 3 ... per draft
 * @param draftRev the draft row's {@code version} when the snapshot was taken
 */
public record DraftVersion(long id, long draftId, int versionNo, int draftRev, String text, Reason reason,
                           Instant savedAt, String savedBy) {

    /** Why a snapshot was kept. */
    public enum Reason {
        CREATED, AUTOSAVE, BEFORE_FINAL, BEFORE_RESTORE
    }
}
