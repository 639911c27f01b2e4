package org.crisisdesk.operators;

import java.time.Instant;

/** One stored audit entry, as read back from the table. */
public record AuditRecord(long seq, Instant at, String operator, String action, String entityType, String entityId,
        Long caseId, String field, String before, String after, String prevHash, String hash) {
    /** Prefix of a stored digest of personal data or free text. */
    public static final String DIGEST_PREFIX = "hmac-sha256:";
    /** Stored for personal values when no case key applies (the value itself is never kept). */
    public static final String CHANGED = "changed";

    /** Whether a stored value stands for personal data or free text rather than the value itself. */
    public static boolean isDigest(String value) {
        return value != null && (value.startsWith(DIGEST_PREFIX) || value.equals(CHANGED));
    }

    /** The hash this record should carry, computed from its columns. */
    public String computeHash() {
        return AuditHasher.hash(this);
    }
}
