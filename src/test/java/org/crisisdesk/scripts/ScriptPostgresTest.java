package org.crisisdesk.scripts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Clock;
import java.util.List;
import org.crisisdesk.checker.RuleRepository;
import org.crisisdesk.checker.RuleService;
import org.crisisdesk.store.Database;
import org.crisisdesk.store.DatabaseConfig;
import org.junit.jupiter.api.Test;

/** The script migrations (schema and seeds) and the library's queries run unchanged on PostgreSQL. */
class ScriptPostgresTest {
    @Test
    void migratesSeedsAndRunsOnPostgres() throws Exception {
        EmbeddedPostgres pg;
        try {
            pg = EmbeddedPostgres.start();
        } catch (Exception | Error e) {
            assumeTrue(false, "embedded PostgreSQL unavailable: " + e.getMessage());
            return;
        }
        try (pg; Database db = Database.open(new DatabaseConfig(pg.getJdbcUrl("postgres", "postgres"), "postgres", "postgres"))) {
            Clock clock = Clock.systemUTC();
            RuleService rules = new RuleService(new RuleRepository(db.jdbi(), clock));
            ScriptService scripts = new ScriptService(db.jdbi(), rules::checker, clock);
            PackService packs = new PackService(db.jdbi(), scripts, clock);
            List<Script> all = scripts.list();
            assertTrue(all.size() >= 19);
            Script s = scripts.create(new ScriptEdit("试", Scenario.SOCIAL_REPLY, List.of("微博"), "感谢您的反馈。"),
                    ScriptFixture.SUPERVISOR).script();
            Script approved = scripts.approve(s.id(), s.version(), ScriptFixture.SUPERVISOR);
            assertEquals(ScriptState.APPROVED, approved.state());
            assertEquals(2, scripts.versions(s.id()).size());
            assertTrue(scripts.recordUse(s.code()));
            scripts.setFavourite(s.id(), true);
            String pack = packs.export(null);
            assertEquals(all.size() + 1, packs.plan(PackJson.read(pack)).count(ImportPlan.Kind.UNCHANGED));
            packs.apply(List.of(new PackEntry("hq-pg", "总部", Scenario.MEDIA_RECEPTION, List.of(), "感谢您的关注。",
                    true, 3, "2026-03-01T00:00:00Z", 0)), ScriptFixture.SUPERVISOR);
            assertEquals(3, scripts.findByCode("hq-pg").orElseThrow().packRevision());
        }
    }
}
