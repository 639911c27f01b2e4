package org.crisisdesk.drafting;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import org.crisisdesk.store.Database;
import org.crisisdesk.store.DatabaseConfig;

/** A real H2 file with one store and one incident, for drafting storage tests. */
public final class TestDb {
    private TestDb() {
    }

    public static Database open(Path dir) {
        return Database.open(DatabaseConfig.h2(dir));
    }

    /** Inserts a store (once) and an incident; returns the incident id. */
    public static long incident(Database db, String caseNo) {
        return db.jdbi().inTransaction(h -> {
            h.execute("MERGE INTO store (code, name) KEY (code) VALUES ('S01', '测试商场')");
            OffsetDateTime now = OffsetDateTime.parse("2026-03-14T10:02:00+08:00");
            return h.createUpdate("INSERT INTO incident (case_no, store_code, title, status, severity, created_at, "
                            + "created_by, updated_at, updated_by) VALUES (:no, 'S01', '沙发开裂', 'OPEN', 'HIGH', :t, '测试', :t, '测试')")
                    .bind("no", caseNo).bind("t", now)
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        });
    }
}
