package org.crisisdesk.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.StringReader;
import java.time.Clock;
import org.crisisdesk.common.Actor;
import org.crisisdesk.store.Database;
import org.crisisdesk.store.DatabaseConfig;
import org.junit.jupiter.api.Test;

/** The checker migrations and repository on PostgreSQL, the other supported database. */
class RuleStoragePostgresTest {
    @Test
    void seedEditAndImportOnPostgres() throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
             Database db = Database.open(new DatabaseConfig(pg.getJdbcUrl("postgres", "postgres"), "postgres", "postgres"))) {
            RuleService service = new RuleService(new RuleRepository(db.jdbi(), Clock.systemUTC()));
            assertEquals(DefaultRules.rules(), service.rules().stream().map(StoredRule::rule).toList());
            StoredRule r = service.rule("k4-happens-a-lot").orElseThrow();
            Actor actor = new Actor("王主管", Actor.Role.SUPERVISOR);
            service.save(r.rule(), r.version(), actor);
            assertEquals(r.version() + 1, service.rule("k4-happens-a-lot").orElseThrow().version());
            service.importRules(new StringReader(service.exportJson()), false, actor);
            assertEquals(DefaultRules.rules(), service.rules().stream().map(StoredRule::rule).toList());
        }
    }
}
