package org.crisisdesk.checker;

import java.time.Instant;

/** A rule as the database keeps it: with its row version (for optimistic locking) and last change. */
public record StoredRule(Rule rule, int version, Instant updatedAt, String updatedBy) {
    public String id() {
        return rule.id();
    }
}
