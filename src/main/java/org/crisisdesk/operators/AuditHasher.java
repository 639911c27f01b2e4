package org.crisisdesk.operators;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The canonical encoding of an audit entry and its SHA-256 hash.
 *
 * <p>Encoding, version 1: the ASCII tag {@code crisisdesk-audit-v1}, then each field in this order
 * — seq, at, operator, action, entity_type, entity_id, case_id, field, before_value, after_value,
 * prev_hash — each as a 4-byte big-endian length followed by its UTF-8 bytes, or the length -1 for
 * NULL. Numbers are written in decimal; {@code at} as epoch milliseconds in decimal. The hash is
 * the lower-case hex SHA-256 of that byte string. Length prefixes make the encoding unambiguous
 * (no value can imitate a field boundary).
 */
public final class AuditHasher {
    /** prev_hash of the first entry. */
    public static final String GENESIS = "0".repeat(64);
    private static final byte[] TAG = "crisisdesk-audit-v1".getBytes(StandardCharsets.US_ASCII);

    private AuditHasher() {
    }

    public static String hash(AuditRecord r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        out.writeBytes(TAG);
        put(out, Long.toString(r.seq()));
        put(out, Long.toString(r.at().toEpochMilli()));
        put(out, r.operator());
        put(out, r.action());
        put(out, r.entityType());
        put(out, r.entityId());
        put(out, r.caseId() == null ? null : Long.toString(r.caseId()));
        put(out, r.field());
        put(out, r.before());
        put(out, r.after());
        put(out, r.prevHash());
        return HexFormat.of().formatHex(sha256(out.toByteArray()));
    }

    private static void put(ByteArrayOutputStream out, String value) {
        if (value == null) {
            out.writeBytes(ByteBuffer.allocate(4).putInt(-1).array());
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeBytes(ByteBuffer.allocate(4).putInt(bytes.length).array());
        out.writeBytes(bytes);
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
