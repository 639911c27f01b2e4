package org.crisisdesk.checker;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.crisisdesk.common.Actor;
import org.crisisdesk.common.AuditEvent;
import org.crisisdesk.common.AuditTrail;
import org.crisisdesk.common.UserException;
import org.crisisdesk.operators.AuditActions;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The checker rules in the database (table {@code checker_rule}, migrations V10_1/V10_2). Plain data
 * access: validation and compilation are {@link RuleService}'s job. Every update checks the row
 * version so that two desks editing one rule cannot overwrite each other silently.
 */
public final class RuleRepository {
    private static final String COLUMNS = "id, definition, version, updated_at, updated_by";

    private final Jdbi jdbi;
    private final Clock clock;
    private final AuditTrail audit;

    public RuleRepository(Jdbi jdbi, Clock clock) {
        this(jdbi, clock, AuditTrail.NONE);
    }

    /** Every write also goes to {@code audit} in its transaction; definitions only as SHA-256 digests. */
    public RuleRepository(Jdbi jdbi, Clock clock, AuditTrail audit) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.audit = audit;
    }

    private void record(Handle h, Actor actor, String action, String id, String before, String after) {
        audit.record(h, AuditEvent.of(actor, action).on("checker_rule", id).field("definition")
                .digestChange(before, after));
    }

    public List<StoredRule> findAll() {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM checker_rule ORDER BY sort_order, id")
                .map((rs, ctx) -> row(rs)).list());
    }

    public Optional<StoredRule> find(String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM checker_rule WHERE id = :id")
                .bind("id", id).map((rs, ctx) -> row(rs)).findOne());
    }

    /** Adds a new rule at the end of the list. */
    public void insert(Rule rule, Actor actor) {
        jdbi.useTransaction(h -> {
            if (exists(h, rule.id())) {
                throw new UserException("checker.rule.exists", rule.id());
            }
            int order = h.createQuery("SELECT COALESCE(MAX(sort_order), -1) + 1 FROM checker_rule").mapTo(Integer.class).one();
            insert(h, rule, order, actor);
            record(h, actor, AuditActions.RULE_ADD, rule.id(), null, RulesJson.writeRule(rule));
        });
    }

    /** Replaces a rule if nobody changed it since {@code expectedVersion} was read. */
    public void update(Rule rule, int expectedVersion, Actor actor) {
        String definition = RulesJson.writeRule(rule);
        int rows = jdbi.inTransaction(h -> {
            Optional<String> before = definition(h, rule.id());
            int n = h.createUpdate("UPDATE checker_rule SET kind = :kind, severity = :severity,"
                            + " definition = :definition, updated_at = :at, updated_by = :by, version = version + 1"
                            + " WHERE id = :id AND version = :version")
                    .bind("kind", rule.kind())
                    .bind("severity", rule.severity().name())
                    .bind("definition", definition)
                    .bind("at", now())
                    .bind("by", actor.name())
                    .bind("id", rule.id())
                    .bind("version", expectedVersion)
                    .execute();
            if (n > 0) {
                record(h, actor, AuditActions.RULE_EDIT, rule.id(), before.orElse(null), definition);
            }
            return n;
        });
        if (rows == 0) {
            throw new UserException(find(rule.id()).isPresent() ? "checker.rule.conflict" : "checker.rule.notFound", rule.id());
        }
    }

    public void delete(String id, int expectedVersion, Actor actor) {
        int rows = jdbi.inTransaction(h -> {
            Optional<String> before = definition(h, id);
            int n = h.createUpdate("DELETE FROM checker_rule WHERE id = :id AND version = :version")
                    .bind("id", id).bind("version", expectedVersion).execute();
            if (n > 0) {
                record(h, actor, AuditActions.RULE_DELETE, id, before.orElse(null), null);
            }
            return n;
        });
        if (rows == 0) {
            throw new UserException(find(id).isPresent() ? "checker.rule.conflict" : "checker.rule.notFound", id);
        }
    }

    /** Replaces every rule in one transaction: all of them land, or none. */
    public void replaceAll(List<Rule> rules, Actor actor) {
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM checker_rule").execute();
            int order = 0;
            for (Rule rule : rules) {
                insert(h, rule, order++, actor);
            }
            // one entry for the whole file (how many rules it holds), not one per rule
            audit.record(h, AuditEvent.of(actor, AuditActions.RULE_IMPORT).on("checker_rule", "*").field("count")
                    .change(null, rules.size()));
        });
    }

    private void insert(Handle h, Rule rule, int order, Actor actor) {
        h.createUpdate("INSERT INTO checker_rule (id, kind, severity, sort_order, definition, updated_at, updated_by, version)"
                        + " VALUES (:id, :kind, :severity, :order, :definition, :at, :by, 0)")
                .bind("id", rule.id())
                .bind("kind", rule.kind())
                .bind("severity", rule.severity().name())
                .bind("order", order)
                .bind("definition", RulesJson.writeRule(rule))
                .bind("at", now())
                .bind("by", actor.name())
                .execute();
    }

    private static Optional<String> definition(Handle h, String id) {
        return h.createQuery("SELECT definition FROM checker_rule WHERE id = :id").bind("id", id)
                .mapTo(String.class).findOne();
    }

    private static boolean exists(Handle h, String id) {
        return h.createQuery("SELECT COUNT(*) FROM checker_rule WHERE id = :id").bind("id", id).mapTo(Integer.class).one() > 0;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static StoredRule row(ResultSet rs) throws SQLException {
        Rule rule = RulesJson.readRule(rs.getString("definition"));
        OffsetDateTime at = rs.getObject("updated_at", OffsetDateTime.class);
        return new StoredRule(rule, rs.getInt("version"), at.toInstant(), rs.getString("updated_by"));
    }
}
