package org.crisisdesk.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.Clock;
import org.crisisdesk.common.Actor;
import org.crisisdesk.common.UserException;
import org.crisisdesk.store.Database;
import org.crisisdesk.store.DatabaseConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Editing the banned-wording rules is a supervisor's right, enforced in the service. */
class RulePermissionTest {
    @TempDir
    Path dir;

    @Test
    void staffCannotSaveDeleteOrImportRules() {
        try (Database db = Database.open(DatabaseConfig.h2(dir))) {
            RuleService rules = new RuleService(new RuleRepository(db.jdbi(), Clock.systemUTC()));
            Actor staff = new Actor("陈晓", Actor.Role.STAFF);
            StoredRule first = rules.rules().get(0);
            assertEquals("permission.denied", assertThrows(UserException.class,
                    () -> rules.save(first.rule(), first.version(), staff)).key());
            assertEquals("permission.denied", assertThrows(UserException.class,
                    () -> rules.delete(first.rule().id(), first.version(), staff)).key());
            String json = rules.exportJson();
            assertEquals("permission.denied", assertThrows(UserException.class,
                    () -> rules.importRules(new StringReader(json), false, staff)).key());
            rules.importRules(new StringReader(json), true, staff); // a dry run changes nothing: allowed
        }
    }
}
