package org.crisisdesk.operators;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.crisisdesk.common.Actor.Role;
import org.crisisdesk.common.UserException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/** Plain data access for operators; every method runs on the caller's handle (and transaction). */
public final class OperatorRepository {
    private static final String COLUMNS = "id, display_name, role, active, pin_hash, failed_count, lockout_round, "
            + "locked_until, last_sign_in_at, version";

    public List<Operator> all(Handle h) {
        return h.createQuery("SELECT " + COLUMNS + " FROM operator ORDER BY active DESC, display_name")
                .map(OperatorRepository::map).list();
    }

    public List<Operator> active(Handle h) {
        return h.createQuery("SELECT " + COLUMNS + " FROM operator WHERE active = TRUE ORDER BY display_name")
                .map(OperatorRepository::map).list();
    }

    public Optional<Operator> find(Handle h, long id) {
        return h.createQuery("SELECT " + COLUMNS + " FROM operator WHERE id = :id").bind("id", id)
                .map(OperatorRepository::map).findOne();
    }

    public Optional<Operator> findByName(Handle h, String name) {
        return h.createQuery("SELECT " + COLUMNS + " FROM operator WHERE display_name = :name").bind("name", name)
                .map(OperatorRepository::map).findOne();
    }

    public long count(Handle h) {
        return h.createQuery("SELECT COUNT(*) FROM operator").mapTo(Long.class).one();
    }

    /** Active supervisors who can sign in; zero means the desk still needs its first supervisor. */
    public long countUsableSupervisors(Handle h) {
        return h.createQuery("SELECT COUNT(*) FROM operator WHERE role = 'SUPERVISOR' AND active = TRUE "
                + "AND pin_hash IS NOT NULL").mapTo(Long.class).one();
    }

    public long insert(Handle h, String name, Role role, String pinHash, Instant now) {
        return h.createUpdate("INSERT INTO operator (display_name, role, active, pin_hash, created_at) "
                + "VALUES (:name, :role, TRUE, :hash, :now)")
                .bind("name", name).bind("role", role.name()).bind("hash", pinHash).bind("now", ts(now))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    /** Writes every mutable column of {@code o}, checking its version. */
    public void update(Handle h, Operator o) {
        int n = h.createUpdate("UPDATE operator SET role = :role, active = :active, pin_hash = :hash, "
                + "failed_count = :failed, lockout_round = :round, locked_until = :until, "
                + "last_sign_in_at = :last, version = version + 1 WHERE id = :id AND version = :version")
                .bind("role", o.role().name()).bind("active", o.active()).bind("hash", o.pinHash())
                .bind("failed", o.failedCount()).bind("round", o.lockoutRound()).bind("until", ts(o.lockedUntil()))
                .bind("last", ts(o.lastSignInAt())).bind("id", o.id()).bind("version", o.version())
                .execute();
        if (n != 1) {
            throw new UserException("operators.changedElsewhere", o.displayName());
        }
    }

    private static OffsetDateTime ts(Instant i) {
        return i == null ? null : OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String col) throws SQLException {
        OffsetDateTime t = rs.getObject(col, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static Operator map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Operator(rs.getLong("id"), rs.getString("display_name"), Role.valueOf(rs.getString("role")),
                rs.getBoolean("active"), rs.getString("pin_hash"), rs.getInt("failed_count"),
                rs.getInt("lockout_round"), instant(rs, "locked_until"), instant(rs, "last_sign_in_at"),
                rs.getInt("version"));
    }
}
