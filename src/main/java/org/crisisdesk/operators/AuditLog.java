package org.crisisdesk.operators;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.crisisdesk.common.Actor;
import org.crisisdesk.common.AuditEvent;
import org.crisisdesk.operators.AuditVerification.Problem;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.result.ResultIterator;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * The append-only, hash-chained audit log. Callers append in the same transaction as the change
 * they record ({@link #append(Handle, AuditEvent)}), so a change and its entry land together or
 * not at all.
 */
public final class AuditLog {
    static final int MAX_VALUE = 4000;
    private static final String COLUMNS = "seq, at, operator, action, entity_type, entity_id, case_id, field, "
            + "before_value, after_value, prev_hash, entry_hash";

    private final Jdbi jdbi;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public AuditLog(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** Appends in its own transaction; for events that change nothing else (a reveal, a sign-in). */
    public AuditRecord append(AuditEvent entry) {
        return jdbi.inTransaction(h -> append(h, entry));
    }

    /**
     * Appends inside the caller's transaction (one is opened when the handle has none). Taking the
     * head row's lock first serialises appends: a second appender waits until the first commits.
     */
    public AuditRecord append(Handle h, AuditEvent entry) {
        return h.inTransaction(tx -> {
            lock(tx);
            ChainHead head = readHead(tx);
            String before = entry.before();
            String after = entry.after();
            if (entry.freeText()) {
                before = digest(tx, entry.caseId(), before);
                after = digest(tx, entry.caseId(), after);
            }
            AuditRecord r = new AuditRecord(head.seq() + 1, clock.instant().truncatedTo(ChronoUnit.MILLIS),
                    cut(entry.operator(), 100), cut(entry.action(), 64), cut(entry.entityType(), 64),
                    cut(entry.entityId(), 64), entry.caseId(), cut(entry.field(), 64), cut(before, MAX_VALUE),
                    cut(after, MAX_VALUE), head.hash(), null);
            String hash = r.computeHash();
            tx.createUpdate("INSERT INTO audit_entry (" + COLUMNS + ") VALUES (:seq, :at, :operator, :action, "
                    + ":entityType, :entityId, :caseId, :field, :before, :after, :prevHash, :hash)")
                    .bind("seq", r.seq())
                    .bind("at", OffsetDateTime.ofInstant(r.at(), ZoneOffset.UTC))
                    .bind("operator", r.operator())
                    .bind("action", r.action())
                    .bind("entityType", r.entityType())
                    .bind("entityId", r.entityId())
                    .bind("caseId", r.caseId())
                    .bind("field", r.field())
                    .bind("before", r.before())
                    .bind("after", r.after())
                    .bind("prevHash", r.prevHash())
                    .bind("hash", hash)
                    .execute();
            tx.createUpdate("UPDATE audit_head SET last_seq = :seq, last_hash = :hash WHERE id = 1")
                    .bind("seq", r.seq()).bind("hash", hash).execute();
            return new AuditRecord(r.seq(), r.at(), r.operator(), r.action(), r.entityType(), r.entityId(),
                    r.caseId(), r.field(), r.before(), r.after(), r.prevHash(), hash);
        });
    }

    /**
     * After a restore from backup: one entry naming the backup file and the chain head the
     * database had before the restore (read it with {@link #head()} before replacing the data),
     * so the entries the restore discarded stay provable from reports printed earlier.
     */
    public AuditRecord appendRestore(Actor actor, String backupName, ChainHead headBeforeRestore) {
        return append(AuditEvent.of(actor, AuditActions.BACKUP_RESTORED).on("backup", backupName)
                .field("chain_head").change(headBeforeRestore.seq() + " " + headBeforeRestore.hash(), null));
    }

    /**
     * A backup was written: who took it and where. Backups hold unmasked personal data, so each one
     * is on the chain like a reveal.
     */
    public AuditRecord appendBackup(Actor actor, java.nio.file.Path backupFile) {
        return appendBackup(actor.name(), backupFile);
    }

    /** The same for a backup nobody asked for (the daily one), under a name such as 应对台(自动). */
    public AuditRecord appendBackup(String operatorName, java.nio.file.Path backupFile) {
        return append(AuditEvent.byName(operatorName, AuditActions.BACKUP_CREATED)
                .on("backup", String.valueOf(backupFile.getFileName())).field("path")
                .change(null, backupFile.toAbsolutePath().toString()));
    }

    /**
     * Takes the audit lock for the rest of the caller's transaction (appends take it anyway). For
     * check-then-write sequences that must not interleave, e.g. creating the first supervisor.
     */
    public void lock(Handle h) {
        h.createUpdate("UPDATE audit_head SET version = version + 1 WHERE id = 1").execute();
    }

    /** The current chain head. */
    public ChainHead head() {
        return jdbi.withHandle(AuditLog::readHead);
    }

    /**
     * Recomputes every hash from the first entry on and returns where the chain first breaks:
     * an edited row (hash mismatch), a deleted, inserted or reordered row (sequence or chain
     * break), or a removed tail (head mismatch).
     */
    public AuditVerification verify() {
        return jdbi.withHandle(h -> {
            ChainHead head = readHead(h);
            long expectedSeq = 1;
            String prev = AuditHasher.GENESIS;
            try (ResultIterator<AuditRecord> it = h.createQuery("SELECT " + COLUMNS + " FROM audit_entry ORDER BY seq")
                    .map(AuditLog::map).iterator()) {
                while (it.hasNext()) {
                    AuditRecord r = it.next();
                    if (r.seq() != expectedSeq) {
                        return new AuditVerification(expectedSeq - 1, expectedSeq, Problem.SEQUENCE_GAP, head);
                    }
                    if (!r.prevHash().equals(prev)) {
                        return new AuditVerification(expectedSeq - 1, r.seq(), Problem.CHAIN_BROKEN, head);
                    }
                    if (!r.computeHash().equals(r.hash())) {
                        return new AuditVerification(expectedSeq - 1, r.seq(), Problem.HASH_MISMATCH, head);
                    }
                    prev = r.hash();
                    expectedSeq++;
                }
            }
            long last = expectedSeq - 1;
            if (head.seq() != last || !head.hash().equals(prev)) {
                long bad = head.seq() > last ? last + 1 : head.seq() < last ? head.seq() + 1 : last;
                return new AuditVerification(last, bad, Problem.HEAD_MISMATCH, head);
            }
            return new AuditVerification(last, null, null, head);
        });
    }

    /** Entries matching the filter, newest first; supervisors only. */
    public List<AuditRecord> find(Actor actor, AuditQuery q) {
        Permissions.require(actor, Permissions.Action.VIEW_AUDIT);
        List<String> where = new ArrayList<>();
        if (q.operator() != null) {
            where.add("operator = :operator");
        }
        if (q.caseId() != null) {
            where.add("case_id = :caseId");
        }
        if (q.from() != null) {
            where.add("at >= :from");
        }
        if (q.to() != null) {
            where.add("at < :to");
        }
        if (q.action() != null) {
            where.add("action = :action");
        }
        // only constant fragments are joined here; every value is bound
        String sql = "SELECT " + COLUMNS + " FROM audit_entry"
                + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where)) + " ORDER BY seq DESC";
        return jdbi.withHandle(h -> {
            Query query = h.createQuery(sql).setMaxRows(Math.max(1, q.limit()));
            if (q.operator() != null) {
                query.bind("operator", q.operator());
            }
            if (q.caseId() != null) {
                query.bind("caseId", q.caseId());
            }
            if (q.from() != null) {
                query.bind("from", OffsetDateTime.ofInstant(q.from(), ZoneOffset.UTC));
            }
            if (q.to() != null) {
                query.bind("to", OffsetDateTime.ofInstant(q.to(), ZoneOffset.UTC));
            }
            if (q.action() != null) {
                query.bind("action", q.action());
            }
            return query.map(AuditLog::map).list();
        });
    }

    /** The distinct actions and operators in the log, for the audit view's filters. */
    public List<String> distinct(String column) {
        if (!column.equals("action") && !column.equals("operator")) {
            throw new IllegalArgumentException(column);
        }
        return jdbi.withHandle(h -> h.createQuery("SELECT DISTINCT " + column + " FROM audit_entry ORDER BY " + column)
                .mapTo(String.class).list());
    }

    /**
     * Whether {@code value} is what a stored digest of this case stands for; empty once the case's
     * key has been destroyed (the digest can no longer be matched by anyone).
     */
    public Optional<Boolean> digestMatches(long caseId, String value, String storedDigest) {
        return jdbi.withHandle(h -> findKey(h, caseId))
                .map(key -> hmac(key, value).equals(storedDigest));
    }

    /** Destroys a case's digest key (retention). Its digests stay in the chain but match nothing. */
    public void destroyDigestKey(Handle h, long caseId) {
        h.createUpdate("DELETE FROM case_digest_key WHERE case_id = :id").bind("id", caseId).execute();
    }

    private String digest(Handle h, Long caseId, String value) {
        if (value == null) {
            return null;
        }
        if (caseId == null) {
            return AuditRecord.CHANGED;
        }
        String key = findKey(h, caseId).orElseGet(() -> {
            byte[] k = new byte[32];
            random.nextBytes(k);
            String hex = HexFormat.of().formatHex(k);
            h.createUpdate("INSERT INTO case_digest_key (case_id, digest_key, created_at) VALUES (:id, :key, :at)")
                    .bind("id", caseId).bind("key", hex)
                    .bind("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).execute();
            return hex;
        });
        return hmac(key, value);
    }

    private static String hmac(String hexKey, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(HexFormat.of().parseHex(hexKey), "HmacSHA256"));
            return AuditRecord.DIGEST_PREFIX + HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<String> findKey(Handle h, long caseId) {
        return h.createQuery("SELECT digest_key FROM case_digest_key WHERE case_id = :id").bind("id", caseId)
                .mapTo(String.class).findOne();
    }

    private static ChainHead readHead(Handle h) {
        return h.createQuery("SELECT last_seq, last_hash FROM audit_head WHERE id = 1")
                .map((rs, ctx) -> new ChainHead(rs.getLong(1), rs.getString(2))).one();
    }

    static AuditRecord map(ResultSet rs, StatementContext ctx) throws SQLException {
        long caseId = rs.getLong("case_id");
        Long caseIdOrNull = rs.wasNull() ? null : caseId;
        return new AuditRecord(rs.getLong("seq"), rs.getObject("at", OffsetDateTime.class).toInstant(),
                rs.getString("operator"), rs.getString("action"), rs.getString("entity_type"),
                rs.getString("entity_id"), caseIdOrNull, rs.getString("field"), rs.getString("before_value"),
                rs.getString("after_value"), rs.getString("prev_hash"), rs.getString("entry_hash"));
    }

    private static String cut(String s, int max) {
        if (s == null || s.length() <= max) {
            return s;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(s.charAt(end - 1))) {
            end--; // never split a character outside the basic plane
        }
        return s.substring(0, end) + "…";
    }

    /** The instant the log would stamp now; for callers that want their rows to agree with it. */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
