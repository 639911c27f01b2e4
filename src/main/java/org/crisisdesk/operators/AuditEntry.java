package org.crisisdesk.operators;

import java.util.Objects;
import org.crisisdesk.common.Actor;

/**
 * One change to record, as a caller builds it: {@code AuditEntry.of(actor, "CASE_EDIT")
 * .entity("incident", id).caseId(id).field("status").change("OPEN", "CLOSED")}. For personal data
 * and free text use {@link #personalChange}: the log then keeps only keyed digests, never the
 * values.
 *
 * @param personal true when before/after are personal data or free text, stored as digests only
 */
public record AuditEntry(String operator, String action, String entityType, String entityId, Long caseId,
        String field, String before, String after, boolean personal) {
    public AuditEntry {
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(action, "action");
    }

    public static AuditEntry of(Actor actor, String action) {
        return new AuditEntry(actor.name(), action, null, null, null, null, null, null, false);
    }

    /** For events without a signed-in actor, e.g. a failed sign-in recorded under the name tried. */
    public static AuditEntry byName(String operatorName, String action) {
        return new AuditEntry(operatorName, action, null, null, null, null, null, null, false);
    }

    public AuditEntry entity(String type, Object id) {
        return new AuditEntry(operator, action, type, id == null ? null : id.toString(), caseId, field, before,
                after, personal);
    }

    public AuditEntry caseId(Long id) {
        return new AuditEntry(operator, action, entityType, entityId, id, field, before, after, personal);
    }

    public AuditEntry field(String name) {
        return new AuditEntry(operator, action, entityType, entityId, caseId, name, before, after, personal);
    }

    /** Values that are neither personal data nor free text: stored as they are. */
    public AuditEntry change(Object oldValue, Object newValue) {
        return new AuditEntry(operator, action, entityType, entityId, caseId, field, str(oldValue), str(newValue),
                false);
    }

    /** Personal data or free text: stored as HMAC digests keyed per case ("changed"). */
    public AuditEntry personalChange(String oldValue, String newValue) {
        return new AuditEntry(operator, action, entityType, entityId, caseId, field, oldValue, newValue, true);
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    @Override
    public String toString() {
        // never print personal values, e.g. into a log file
        return "AuditEntry[" + operator + ", " + action + ", " + entityType + "#" + entityId + ", case " + caseId
                + ", " + field + (personal ? ", (personal)" : ", " + before + " -> " + after) + "]";
    }
}
