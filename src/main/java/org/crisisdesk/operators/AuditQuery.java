package org.crisisdesk.operators;

import java.time.Instant;

/**
 * A filter for the audit view; null fields do not filter.
 *
 * @param from inclusive
 * @param to exclusive
 * @param limit the most entries to return, newest first
 */
public record AuditQuery(String operator, Long caseId, Instant from, Instant to, String action, int limit) {
    public static AuditQuery all(int limit) {
        return new AuditQuery(null, null, null, null, null, limit);
    }
}
