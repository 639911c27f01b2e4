package org.crisisdesk.operators;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.crisisdesk.common.Actor;
import org.crisisdesk.common.Actor.Role;
import org.crisisdesk.common.AuditEvent;
import org.crisisdesk.common.UserException;
import org.crisisdesk.operators.AuditVerification.Problem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditLogTest {
    @TempDir
    Path dir;
    Fixture f;
    final Actor boss = new Actor("王主管", Role.SUPERVISOR);

    @BeforeEach
    void open() {
        f = new Fixture(dir);
    }

    @AfterEach
    void close() {
        f.close();
    }

    private void appendFive() {
        for (int i = 1; i <= 5; i++) {
            f.audit.append(AuditEvent.of(boss, "CASE_EDIT").on("incident", 7).inCase(7L).field("status")
                    .change("S" + (i - 1), "S" + i));
            f.clock.advance(Duration.ofSeconds(1));
        }
    }

    @Test
    void aDailyBackupIsOnTheChainUnderTheDesksName() {
        f.audit.appendBackup("应对台(自动)", dir.resolve("backups").resolve("crisis-desk-daily.zip"));
        AuditRecord r = f.audit.find(boss, AuditQuery.all(1)).get(0);
        assertEquals(AuditActions.BACKUP_CREATED, r.action());
        assertEquals("应对台(自动)", r.operator());
        assertEquals("crisis-desk-daily.zip", r.entityId());
        assertTrue(f.audit.verify().ok());
    }

    @Test
    void emptyLogVerifies() {
        AuditVerification v = f.audit.verify();
        assertTrue(v.ok());
        assertEquals(0, v.checked());
        assertEquals(AuditHasher.GENESIS, f.audit.head().hash());
    }

    @Test
    void chainLinksEachEntryToThePrevious() {
        appendFive();
        AuditVerification v = f.audit.verify();
        assertTrue(v.ok(), String.valueOf(v));
        assertEquals(5, v.checked());
        List<AuditRecord> all = f.audit.find(boss, AuditQuery.all(100));
        assertEquals(5, all.get(0).seq());
        assertEquals(all.get(1).hash(), all.get(0).prevHash());
        assertEquals(new ChainHead(5, all.get(0).hash()), f.audit.head());
    }

    @Test
    void editedRowIsNamed() {
        appendFive();
        f.jdbi().useHandle(h -> h.execute("UPDATE audit_entry SET after_value = 'CLOSED' WHERE seq = 3"));
        AuditVerification v = f.audit.verify();
        assertEquals(Problem.HASH_MISMATCH, v.problem());
        assertEquals(3L, v.firstBadSeq());
    }

    @Test
    void editedTimestampIsNamed() {
        appendFive();
        f.jdbi().useHandle(h -> h.execute("UPDATE audit_entry SET at = at + INTERVAL '1' HOUR WHERE seq = 2"));
        assertEquals(2L, f.audit.verify().firstBadSeq());
    }

    @Test
    void deletedRowIsNamed() {
        appendFive();
        f.jdbi().useHandle(h -> h.execute("DELETE FROM audit_entry WHERE seq = 2"));
        AuditVerification v = f.audit.verify();
        assertFalse(v.ok());
        assertEquals(2L, v.firstBadSeq());
    }

    @Test
    void deletedAndRenumberedRowsAreNamed() {
        appendFive();
        f.jdbi().useHandle(h -> {
            h.execute("DELETE FROM audit_entry WHERE seq = 2");
            h.execute("UPDATE audit_entry SET seq = seq - 1 WHERE seq > 2");
        });
        AuditVerification v = f.audit.verify();
        assertEquals(Problem.CHAIN_BROKEN, v.problem());
        assertEquals(2L, v.firstBadSeq());
    }

    @Test
    void reorderedRowsAreNamed() {
        appendFive();
        f.jdbi().useHandle(h -> {
            h.execute("UPDATE audit_entry SET seq = 100 WHERE seq = 3");
            h.execute("UPDATE audit_entry SET seq = 3 WHERE seq = 4");
            h.execute("UPDATE audit_entry SET seq = 4 WHERE seq = 100");
        });
        AuditVerification v = f.audit.verify();
        assertFalse(v.ok());
        assertEquals(3L, v.firstBadSeq());
    }

    @Test
    void removedTailIsNamed() {
        appendFive();
        f.jdbi().useHandle(h -> h.execute("DELETE FROM audit_entry WHERE seq = 5"));
        AuditVerification v = f.audit.verify();
        assertEquals(Problem.HEAD_MISMATCH, v.problem());
        assertEquals(5L, v.firstBadSeq());
    }

    @Test
    void rewrittenRowWithRecomputedHashStillBreaksTheNextLink() {
        appendFive();
        AuditRecord r3 = f.audit.find(boss, new AuditQuery(null, null, null, null, null, 10)).get(2);
        AuditRecord forged = new AuditRecord(r3.seq(), r3.at(), r3.operator(), r3.action(), r3.entityType(),
                r3.entityId(), r3.caseId(), r3.field(), r3.before(), "FORGED", r3.prevHash(), null);
        String hash = forged.computeHash();
        f.jdbi().useHandle(h -> h.createUpdate("UPDATE audit_entry SET after_value = 'FORGED', entry_hash = :h "
                + "WHERE seq = 3").bind("h", hash).execute());
        AuditVerification v = f.audit.verify();
        assertEquals(Problem.CHAIN_BROKEN, v.problem());
        assertEquals(4L, v.firstBadSeq());
    }

    @Test
    void appendJoinsTheCallersTransaction() {
        assertThrows(IllegalStateException.class, () -> f.jdbi().useTransaction(h -> {
            f.audit.append(h, AuditEvent.of(boss, "CASE_EDIT").on("incident", 1));
            throw new IllegalStateException("the caller's change fails");
        }));
        assertEquals(0, f.audit.head().seq());
        assertTrue(f.audit.verify().ok());
    }

    @Test
    void concurrentAppendsStayInOneChain() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < 25; i++) {
                        f.audit.append(AuditEvent.of(boss, "CASE_EDIT").on("incident", thread).field("n")
                                .change(null, i));
                    }
                }));
            }
            for (Future<?> fu : futures) {
                fu.get();
            }
        } finally {
            pool.shutdown();
        }
        AuditVerification v = f.audit.verify();
        assertTrue(v.ok(), String.valueOf(v));
        assertEquals(100, v.checked());
    }

    @Test
    void personalValuesAreStoredOnlyAsDigests() {
        f.audit.append(AuditEvent.of(boss, "CASE_EDIT").on("incident", 9).inCase(9L).field("customer_phone")
                .textChange("13812345678", "13900001111"));
        AuditRecord r = f.audit.find(boss, AuditQuery.all(1)).get(0);
        assertTrue(r.before().startsWith(AuditRecord.DIGEST_PREFIX));
        assertTrue(AuditRecord.isDigest(r.after()));
        long raw = f.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM audit_entry WHERE before_value LIKE "
                + "'%1381234%' OR after_value LIKE '%1390000%'").mapTo(Long.class).one());
        assertEquals(0, raw);
        assertEquals(true, f.audit.digestMatches(9, "13900001111", r.after()).orElseThrow());
        assertEquals(false, f.audit.digestMatches(9, "13900001112", r.after()).orElseThrow());
        f.jdbi().useTransaction(h -> f.audit.destroyDigestKey(h, 9));
        assertTrue(f.audit.digestMatches(9, "13900001111", r.after()).isEmpty());
        assertTrue(f.audit.verify().ok());
    }

    @Test
    void restoreNamesTheBackupAndTheEarlierHead() {
        appendFive();
        ChainHead before = f.audit.head();
        AuditRecord r = f.audit.appendRestore(boss, "crisisdesk-2026-03-14.zip", before);
        assertEquals("backup", r.entityType());
        assertEquals("crisisdesk-2026-03-14.zip", r.entityId());
        assertEquals("5 " + before.hash(), r.before());
        assertTrue(f.audit.verify().ok());
    }

    @Test
    void filtersByOperatorCaseActionAndTime() {
        appendFive();
        f.audit.append(AuditEvent.of(new Actor("小李", Role.STAFF), "REVEAL_PERSONAL_DATA").inCase(8L));
        assertEquals(1, f.audit.find(boss, new AuditQuery("小李", null, null, null, null, 50)).size());
        assertEquals(5, f.audit.find(boss, new AuditQuery(null, 7L, null, null, null, 50)).size());
        assertEquals(1, f.audit.find(boss, new AuditQuery(null, null, null, null, "REVEAL_PERSONAL_DATA", 50)).size());
        assertEquals(3, f.audit.find(boss, new AuditQuery(null, null, Fixture.START.plusSeconds(3), null, null, 50))
                .size());
        assertEquals(List.of("CASE_EDIT", "REVEAL_PERSONAL_DATA"), f.audit.distinct("action"));
        assertThrows(UserException.class,
                () -> f.audit.find(new Actor("小李", Role.STAFF), AuditQuery.all(10)));
    }
}
