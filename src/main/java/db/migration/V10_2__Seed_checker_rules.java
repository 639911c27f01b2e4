package db.migration;

import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.crisisdesk.checker.DefaultRules;
import org.crisisdesk.checker.Rule;
import org.crisisdesk.checker.RulesJson;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Seeds the checker rules with the built-in defaults (the JSON resource that {@code check} also
 * falls back to). Runs once, when the database is created or first reaches this version; later
 * edits live in the database and are never overwritten.
 */
public class V10_2__Seed_checker_rules extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws Exception {
        List<Rule> rules = DefaultRules.rules();
        // a migration runs before any service exists, so there is no injected clock to ask
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try (PreparedStatement insert = context.getConnection().prepareStatement(
                "INSERT INTO checker_rule (id, kind, severity, sort_order, definition, updated_at, updated_by, version)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, 0)")) {
            int order = 0;
            for (Rule rule : rules) {
                insert.setString(1, rule.id());
                insert.setString(2, rule.kind());
                insert.setString(3, rule.severity().name());
                insert.setInt(4, order++);
                insert.setString(5, RulesJson.writeRule(rule));
                insert.setObject(6, now);
                insert.setString(7, "built-in");
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
