package org.crisisdesk.operators;

import java.util.Optional;

/**
 * The result of checking the chain.
 *
 * @param checked entries read
 * @param firstBadSeq the first entry that does not match (for a deleted tail: the missing seq)
 * @param problem what is wrong with it, null when the chain is intact
 * @param head the chain head as stored
 */
public record AuditVerification(long checked, Long firstBadSeq, Problem problem, ChainHead head) {
    public enum Problem {
        /** The entry's columns no longer give its hash: it was edited. */
        HASH_MISMATCH,
        /** The entry does not point at the previous entry's hash: rows were deleted, inserted or reordered. */
        CHAIN_BROKEN,
        /** A sequence number is missing or out of place: rows were deleted or renumbered. */
        SEQUENCE_GAP,
        /** The stored head does not name the last entry: the end of the log was removed. */
        HEAD_MISMATCH
    }

    public boolean ok() {
        return problem == null;
    }

    public Optional<Long> firstBad() {
        return Optional.ofNullable(firstBadSeq);
    }
}
