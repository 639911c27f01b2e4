package org.crisisdesk.checklist;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import org.crisisdesk.common.Actor;
import org.crisisdesk.store.Database;
import org.crisisdesk.store.DatabaseConfig;
import org.jdbi.v3.core.Handle;

/** A real H2 file with a store and cases to hang checklists on. */
public final class ChecklistFixture implements AutoCloseable {
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final Actor SUPERVISOR = new Actor("王主管", Actor.Role.SUPERVISOR);
    private static final AtomicInteger CASES = new AtomicInteger();

    public final Path dir;
    public final Database db;
    public final MutableClock clock;
    public int level = 1;
    public final ChecklistService service;

    public ChecklistFixture(Path dir, Instant now) {
        this(dir, now, DatabaseConfig.h2(dir));
    }

    /** On another URL, e.g. {@code FullDisk}'s. */
    public ChecklistFixture(Path dir, Instant now, DatabaseConfig config) {
        this.dir = dir;
        this.db = Database.open(config);
        this.clock = new MutableClock(now, ZONE);
        this.service = new ChecklistService(db.jdbi(), clock, (h, id) -> level);
        db.jdbi().useHandle(h -> h.execute("MERGE INTO store (code, name) KEY (code) VALUES ('SH01', '上海一店')"));
    }

    /** 10:02 today-ish in Shanghai, as in JOURNEYS.md. */
    public static Instant at(String hhmm) {
        return LocalDateTime.parse("2026-03-10T" + hhmm).atZone(ZONE).toInstant();
    }

    public long newCase() {
        return db.jdbi().withHandle(h -> h.createUpdate("INSERT INTO incident (case_no, store_code, title, status, severity, "
                        + "created_at, created_by, updated_at, updated_by) VALUES (:no, 'SH01', '沙发开裂', 'VERIFYING', 'HIGH', "
                        + ":t, 'test', :t, 'test')")
                .bind("no", "SH01-2026-" + CASES.incrementAndGet() + "-" + System.nanoTime())
                .bindByType("t", clock.instant(), Instant.class)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    public long addContact(long incidentId, String outlet, Instant receivedAt, Instant journalistDeadline) {
        return db.jdbi().inTransaction(h -> {
            long id = insertContact(h, incidentId, outlet, receivedAt, journalistDeadline);
            service.onMediaContactsChanged(h, incidentId, SUPERVISOR);
            return id;
        });
    }

    static long insertContact(Handle h, long incidentId, String outlet, Instant receivedAt, Instant deadline) {
        return h.createUpdate("INSERT INTO media_contact (incident_id, outlet, media_kind, medium, reach, journalist_name, "
                        + "journalist_phone, received_at, journalist_deadline, created_at, created_by) "
                        + "VALUES (:i, :o, 'LIVELIHOOD', 'PRINT', 'LOCAL', '张记者', '13800000000', :r, :d, :r, 'test')")
                .bind("i", incidentId).bind("o", outlet).bindByType("r", receivedAt, Instant.class)
                .bindByType("d", deadline, Instant.class)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    public Checklist checklist(long incidentId) {
        return service.checklist(incidentId).orElseThrow();
    }

    public Step step(long incidentId, String key) {
        return checklist(incidentId).step(key).orElseThrow();
    }

    @Override
    public void close() {
        db.close();
    }
}
