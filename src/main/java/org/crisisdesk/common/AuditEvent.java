package org.crisisdesk.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One write for the tamper-evident audit log, as a capability builds it: {@code AuditEvent.of(actor,
 * "STEP_COMPLETE").on("step", id).inCase(caseId).field("status").change("OPEN", "DONE")}. Free text
 * and personal data go through {@link #textChange}: the log keeps a keyed digest ("changed"), never
 * the value.
 *
 * @param operator the acting person's display name
 * @param freeText true when before/after are free text or personal data, to be kept as digests only
 */
public record AuditEvent(String operator, String action, String entityType, String entityId, Long caseId,
        String field, String before, String after, boolean freeText) {
    public AuditEvent {
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(action, "action");
    }

    public static AuditEvent of(Actor actor, String action) {
        return byName(actor.name(), action);
    }

    /** For events without a signed-in actor, e.g. a failed sign-in recorded under the name tried. */
    public static AuditEvent byName(String operatorName, String action) {
        return new AuditEvent(operatorName, action, null, null, null, null, null, null, false);
    }

    public AuditEvent on(String type, Object id) {
        return new AuditEvent(operator, action, type, id == null ? null : id.toString(), caseId, field, before, after,
                freeText);
    }

    public AuditEvent inCase(Long id) {
        return new AuditEvent(operator, action, entityType, entityId, id, field, before, after, freeText);
    }

    public AuditEvent field(String name) {
        return new AuditEvent(operator, action, entityType, entityId, caseId, name, before, after, freeText);
    }

    /** Short values that are neither personal data nor free text (status, step key, a setting). */
    public AuditEvent change(Object oldValue, Object newValue) {
        return new AuditEvent(operator, action, entityType, entityId, caseId, field, str(oldValue), str(newValue),
                false);
    }

    /** Free text or personal data: recorded only as "changed" with a digest, never the value. */
    public AuditEvent textChange(String oldValue, String newValue) {
        return new AuditEvent(operator, action, entityType, entityId, caseId, field, oldValue, newValue, true);
    }

    /**
     * Text with no case to key a digest (script bodies, rule definitions): a plain SHA-256 of each
     * side, enough to tell versions apart. Only for approved wording, never personal data.
     */
    public AuditEvent digestChange(String oldValue, String newValue) {
        return change(sha256(oldValue), sha256(newValue));
    }

    static String sha256(String value) {
        if (value == null) {
            return null;
        }
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    @Override
    public String toString() {
        // never print free text, e.g. into a log file
        return "AuditEvent[" + operator + ", " + action + ", " + entityType + "#" + entityId + ", case " + caseId
                + ", " + field + (freeText ? ", (text)" : ", " + before + " -> " + after) + "]";
    }
}
