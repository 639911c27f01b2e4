package org.crisisdesk.scripts;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.crisisdesk.checker.RuleRepository;
import org.crisisdesk.checker.RuleService;
import org.crisisdesk.common.Actor;
import org.crisisdesk.store.Database;
import org.crisisdesk.store.DatabaseConfig;

/** A migrated H2 file with the script services on the rules seeded in V10. */
final class ScriptFixture implements AutoCloseable {
    static final Actor SUPERVISOR = new Actor("王主管", Actor.Role.SUPERVISOR);
    static final Actor STAFF = new Actor("李客服", Actor.Role.STAFF);

    final Database db;
    final Clock clock = Clock.fixed(Instant.parse("2026-03-15T02:00:00Z"), ZoneOffset.UTC);
    final RuleService rules;
    final ScriptService scripts;
    final PackService packs;

    ScriptFixture(Path dir) {
        db = Database.open(DatabaseConfig.h2(dir));
        rules = new RuleService(new RuleRepository(db.jdbi(), clock));
        scripts = new ScriptService(db.jdbi(), rules::checker, clock);
        packs = new PackService(db.jdbi(), scripts, clock);
    }

    Script byCode(String code) {
        return scripts.findByCode(code).orElseThrow();
    }

    @Override
    public void close() {
        db.close();
    }
}
