package org.crisisdesk.scripts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Plain data access for scripts and their kept versions. Every method takes the caller's
 * {@link Handle}, so {@link ScriptService} and {@link PackImporter} decide what lands together.
 */
public final class ScriptRepository {
    private static final String COLUMNS = "id, code, title, scenario, tags, body, state, state_reason, favourite, "
            + "usage_count, origin, locally_edited, pack_revision, pack_updated, approved_at, approved_by, "
            + "updated_at, updated_by, version";

    public List<Script> findAll(Handle h) {
        return h.createQuery("SELECT " + COLUMNS + " FROM script ORDER BY scenario, title, id")
                .map(ScriptRepository::script).list();
    }

    public Optional<Script> find(Handle h, long id) {
        return h.createQuery("SELECT " + COLUMNS + " FROM script WHERE id = :id").bind("id", id)
                .map(ScriptRepository::script).findOne();
    }

    public Optional<Script> findByCode(Handle h, String code) {
        return h.createQuery("SELECT " + COLUMNS + " FROM script WHERE code = :code").bind("code", code)
                .map(ScriptRepository::script).findOne();
    }

    /** Inserts a script (all fields but id, usage and favourite) and returns its id. */
    public long insert(Handle h, Script s) {
        return h.createUpdate("INSERT INTO script (code, title, scenario, tags, body, state, state_reason, origin, "
                        + "locally_edited, pack_revision, pack_updated, approved_at, approved_by, updated_at, updated_by) "
                        + "VALUES (:code, :title, :scenario, :tags, :body, :state, :reason, :origin, :edited, :rev, "
                        + ":packUpdated, :approvedAt, :approvedBy, :at, :by)")
                .bind("code", s.code()).bind("title", s.title()).bind("scenario", s.scenario().name())
                .bind("tags", s.tagText()).bind("body", s.body()).bind("state", s.state().name())
                .bind("reason", s.stateReason()).bind("origin", s.origin().name()).bind("edited", s.locallyEdited())
                .bind("rev", s.packRevision()).bind("packUpdated", s.packUpdated())
                .bindByType("approvedAt", odt(s.approvedAt()), OffsetDateTime.class).bind("approvedBy", s.approvedBy())
                .bind("at", odt(s.updatedAt())).bind("by", s.updatedBy())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    /** Writes every content and state field of {@code s} if the row still has {@code s.version()}. */
    public boolean update(Handle h, Script s) {
        return h.createUpdate("UPDATE script SET title = :title, scenario = :scenario, tags = :tags, body = :body, "
                        + "state = :state, state_reason = :reason, origin = :origin, locally_edited = :edited, "
                        + "pack_revision = :rev, pack_updated = :packUpdated, approved_at = :approvedAt, "
                        + "approved_by = :approvedBy, updated_at = :at, updated_by = :by, version = version + 1 "
                        + "WHERE id = :id AND version = :version")
                .bind("title", s.title()).bind("scenario", s.scenario().name())
                .bind("tags", s.tagText()).bind("body", s.body()).bind("state", s.state().name())
                .bind("reason", s.stateReason()).bind("origin", s.origin().name()).bind("edited", s.locallyEdited())
                .bind("rev", s.packRevision()).bind("packUpdated", s.packUpdated())
                .bindByType("approvedAt", odt(s.approvedAt()), OffsetDateTime.class).bind("approvedBy", s.approvedBy())
                .bind("at", odt(s.updatedAt())).bind("by", s.updatedBy())
                .bind("id", s.id()).bind("version", s.version()).execute() == 1;
    }

    /** Favourite and usage are desk bookkeeping: no row version check, no kept version. */
    public void setFavourite(Handle h, long id, boolean favourite) {
        h.createUpdate("UPDATE script SET favourite = :f WHERE id = :id").bind("f", favourite).bind("id", id).execute();
    }

    public boolean incrementUsage(Handle h, String code) {
        return h.createUpdate("UPDATE script SET usage_count = usage_count + 1 WHERE code = :code")
                .bind("code", code).execute() == 1;
    }

    public void insertVersion(Handle h, Script s, ScriptVersion.Action action, Instant at, String by) {
        int next = h.createQuery("SELECT COALESCE(MAX(version_no), 0) + 1 FROM script_version WHERE script_id = :s")
                .bind("s", s.id()).mapTo(Integer.class).one();
        h.createUpdate("INSERT INTO script_version (script_id, version_no, title, tags, body, state, action, saved_at, "
                        + "saved_by) VALUES (:s, :no, :title, :tags, :body, :state, :action, :at, :by)")
                .bind("s", s.id()).bind("no", next).bind("title", s.title()).bind("tags", s.tagText())
                .bind("body", s.body()).bind("state", s.state().name()).bind("action", action.name())
                .bind("at", odt(at)).bind("by", by).execute();
    }

    /** Kept versions, newest first. */
    public List<ScriptVersion> versions(Handle h, long scriptId) {
        return h.createQuery("SELECT id, script_id, version_no, title, tags, body, state, action, saved_at, saved_by "
                        + "FROM script_version WHERE script_id = :s ORDER BY version_no DESC")
                .bind("s", scriptId).map(ScriptRepository::version).list();
    }

    private static Script script(ResultSet rs, StatementContext ctx) throws SQLException {
        int rev = rs.getInt("pack_revision");
        Integer packRevision = rs.wasNull() ? null : rev;
        return new Script(rs.getLong("id"), rs.getString("code"), rs.getString("title"),
                Scenario.valueOf(rs.getString("scenario")), ScriptEdit.parseTags(rs.getString("tags")),
                rs.getString("body"), ScriptState.valueOf(rs.getString("state")), rs.getString("state_reason"),
                rs.getBoolean("favourite"), rs.getInt("usage_count"), Origin.valueOf(rs.getString("origin")),
                rs.getBoolean("locally_edited"), packRevision, rs.getString("pack_updated"),
                instant(rs, "approved_at"), rs.getString("approved_by"), instant(rs, "updated_at"),
                rs.getString("updated_by"), rs.getInt("version"));
    }

    private static ScriptVersion version(ResultSet rs, StatementContext ctx) throws SQLException {
        return new ScriptVersion(rs.getLong("id"), rs.getLong("script_id"), rs.getInt("version_no"),
                rs.getString("title"), ScriptEdit.parseTags(rs.getString("tags")), rs.getString("body"),
                ScriptState.valueOf(rs.getString("state")), ScriptVersion.Action.valueOf(rs.getString("action")),
                instant(rs, "saved_at"), rs.getString("saved_by"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static OffsetDateTime odt(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }

}
