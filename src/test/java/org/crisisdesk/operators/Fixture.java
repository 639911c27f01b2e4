package org.crisisdesk.operators;

import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.crisisdesk.store.Database;
import org.crisisdesk.store.DatabaseConfig;
import org.jdbi.v3.core.Jdbi;

/** A real H2 file with the services wired as the app would, fast PIN hashing, a hand-moved clock. */
public final class Fixture implements AutoCloseable {
    public static final Instant START = Instant.parse("2026-03-15T02:00:00Z");
    public final Database db;
    public final MutableClock clock = new MutableClock(START);
    public final AuditLog audit;
    public final OperatorService operators;

    public Fixture(Path dir) {
        db = Database.open(DatabaseConfig.h2(dir));
        audit = new AuditLog(db.jdbi(), clock);
        operators = new OperatorService(db.jdbi(), audit, new PinHasher(1_000), clock);
    }

    public Jdbi jdbi() {
        return db.jdbi();
    }

    /** Inserts a store (once) and an incident; returns its id. */
    public long incident(String caseNo, String status, Instant closedAt, String name, String phone, String description) {
        return jdbi().inTransaction(h -> {
            h.execute("MERGE INTO store (code, name) KEY (code) VALUES ('S1', '一号店')");
            OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
            return h.createUpdate("INSERT INTO incident (case_no, store_code, title, customer_name, customer_phone, "
                    + "customer_phone_key, description, status, severity, created_at, created_by, updated_at, "
                    + "updated_by, closed_at) VALUES (:no, 'S1', '沙发开裂', :name, :phone, :key, :d, :status, 'HIGH', "
                    + ":now, 'x', :now, 'x', :closed)")
                    .bind("no", caseNo).bind("name", name).bind("phone", phone)
                    .bind("key", phone == null ? null : phone.replaceAll("\\D", "")).bind("d", description)
                    .bind("status", status).bind("now", now)
                    .bind("closed", closedAt == null ? null : OffsetDateTime.ofInstant(closedAt, ZoneOffset.UTC))
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        });
    }

    @Override
    public void close() {
        db.close();
    }
}
