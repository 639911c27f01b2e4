package org.crisisdesk.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.crisisdesk.common.Actor;
import org.crisisdesk.store.Database;
import org.crisisdesk.store.DatabaseConfig;
import org.junit.jupiter.api.Test;

/** The checklist migrations and queries run unchanged on PostgreSQL (skipped where it cannot start, e.g. as root). */
class ChecklistPostgresTest {
    @Test
    void migratesAndRunsOnPostgres() throws Exception {
        EmbeddedPostgres pg;
        try {
            pg = EmbeddedPostgres.start();
        } catch (Exception | Error e) {
            assumeTrue(false, "embedded PostgreSQL unavailable: " + e.getMessage());
            return;
        }
        try (pg; Database db = Database.open(new DatabaseConfig(pg.getJdbcUrl("postgres", "postgres"), "postgres", "postgres"))) {
            Instant start = ChecklistFixture.at("10:02");
            MutableClock clock = new MutableClock(start.plusSeconds(60), ChecklistFixture.ZONE);
            ChecklistService service = new ChecklistService(db.jdbi(), clock, (h, id) -> 1);
            long c = db.jdbi().withHandle(h -> {
                // store SH01 is seeded by V2__reference_data
                return h.createUpdate("INSERT INTO incident (case_no, store_code, title, status, severity, created_at, "
                                + "created_by, updated_at, updated_by) VALUES ('SH01-1', 'SH01', 't', 'NEW', 'HIGH', :t, 'x', :t, 'x')")
                        .bindByType("t", start, Instant.class).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            });
            Actor actor = ChecklistFixture.SUPERVISOR;
            db.jdbi().useTransaction(h -> {
                ChecklistFixture.insertContact(h, c, "城市晚报", start, null);
                service.onMediaContactsChanged(h, c, actor);
            });
            Step report = service.checklist(c).orElseThrow().step(Step.REPORT).orElseThrow();
            assertEquals(ChecklistFixture.at("10:32"), report.deadline());
            service.complete(report.id(), report.version(), Map.of("上报对象", "a", "上报方式", "b", "上报时间", "c"), actor);
            service.setJournalistDeadline(c, null, ChecklistFixture.at("18:00"), actor);
            assertEquals(ChecklistFixture.at("18:00"), service.checklist(c).orElseThrow().step("SCRIPT").orElseThrow().deadline());
            assertEquals(1, service.currentStepFor(List.of(c)).size());
            assertEquals(1, service.dueSoon(clock.instant(), Duration.ofHours(1)).size());
            assertEquals(1, new AlertMonitor(db.jdbi()).poll(ChecklistFixture.at("11:00")).size());
            assertEquals(8, new ChecklistReportRows(db.jdbi()).onTimeShares(start.minusSeconds(1), start.plusSeconds(1), "SH01").size());
            service.saveReview(c, "a", "b", "c", Review.NEW, actor);
            new TemplateService(db.jdbi()).saveStep(new TemplateService(db.jdbi()).template("MEDIA").steps().get(0), actor);
        }
    }
}
