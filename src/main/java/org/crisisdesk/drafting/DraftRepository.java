package org.crisisdesk.drafting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Plain data access for drafts and their kept versions. Every method takes the {@link Handle} of
 * the caller's transaction, so {@link DraftService} decides what lands together.
 */
public final class DraftRepository {
    private static final String DRAFT_COLUMNS = "id, incident_id, kind, title, media_contact_id, body, state, version, "
            + "created_at, created_by, updated_at, updated_by, finalised_at, finalised_by, override_reason";

    public long insert(Handle h, long incidentId, DraftKind kind, String title, Long mediaContactId, String text,
                       Instant at, String by) {
        return h.createUpdate("INSERT INTO draft (incident_id, kind, title, media_contact_id, body, state, created_at, "
                        + "created_by, updated_at, updated_by) VALUES (:incident, :kind, :title, :contact, :body, 'DRAFT', "
                        + ":at, :by, :at, :by)")
                .bind("incident", incidentId).bind("kind", kind.name()).bind("title", title)
                .bind("contact", mediaContactId).bind("body", text).bind("at", odt(at)).bind("by", by)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    public Optional<Draft> find(Handle h, long id) {
        return h.createQuery("SELECT " + DRAFT_COLUMNS + " FROM draft WHERE id = :id")
                .bind("id", id).map(DraftRepository::draft).findOne();
    }

    /** The drafts of a case, most recently changed first. */
    public List<Draft> listByIncident(Handle h, long incidentId) {
        return h.createQuery("SELECT " + DRAFT_COLUMNS + " FROM draft WHERE incident_id = :incident "
                        + "ORDER BY updated_at DESC, id DESC")
                .bind("incident", incidentId).map(DraftRepository::draft).list();
    }

    /** Saves the text of an unfinished draft; false when the row changed meanwhile or is final. */
    public boolean updateText(Handle h, long id, int expectedVersion, String text, Instant at, String by) {
        return h.createUpdate("UPDATE draft SET body = :body, updated_at = :at, updated_by = :by, version = version + 1 "
                        + "WHERE id = :id AND version = :version AND state = 'DRAFT'")
                .bind("body", text).bind("at", odt(at)).bind("by", by).bind("id", id)
                .bind("version", expectedVersion).execute() == 1;
    }

    public boolean updateTitle(Handle h, long id, int expectedVersion, String title, Instant at, String by) {
        return h.createUpdate("UPDATE draft SET title = :title, updated_at = :at, updated_by = :by, version = version + 1 "
                        + "WHERE id = :id AND version = :version")
                .bind("title", title).bind("at", odt(at)).bind("by", by).bind("id", id)
                .bind("version", expectedVersion).execute() == 1;
    }

    public boolean markFinal(Handle h, long id, int expectedVersion, Instant at, String by, String overrideReason) {
        return h.createUpdate("UPDATE draft SET state = 'FINAL', finalised_at = :at, finalised_by = :by, "
                        + "override_reason = :reason, updated_at = :at, updated_by = :by, version = version + 1 "
                        + "WHERE id = :id AND version = :version AND state = 'DRAFT'")
                .bind("at", odt(at)).bind("by", by).bind("reason", overrideReason).bind("id", id)
                .bind("version", expectedVersion).execute() == 1;
    }

    public void insertVersion(Handle h, long draftId, int draftRev, String text, DraftVersion.Reason reason,
                              Instant at, String by) {
        int next = h.createQuery("SELECT COALESCE(MAX(version_no), 0) + 1 FROM draft_version WHERE draft_id = :d")
                .bind("d", draftId).mapTo(Integer.class).one();
        h.createUpdate("INSERT INTO draft_version (draft_id, version_no, draft_rev, body, reason, saved_at, saved_by) "
                        + "VALUES (:d, :no, :rev, :body, :reason, :at, :by)")
                .bind("d", draftId).bind("no", next).bind("rev", draftRev).bind("body", text)
                .bind("reason", reason.name()).bind("at", odt(at)).bind("by", by).execute();
    }

    /** Kept versions, newest first. */
    public List<DraftVersion> versions(Handle h, long draftId) {
        return h.createQuery("SELECT id, draft_id, version_no, draft_rev, body, reason, saved_at, saved_by "
                        + "FROM draft_version WHERE draft_id = :d ORDER BY version_no DESC")
                .bind("d", draftId).map(DraftRepository::version).list();
    }

    public Optional<DraftVersion> latestVersion(Handle h, long draftId) {
        return h.createQuery("SELECT id, draft_id, version_no, draft_rev, body, reason, saved_at, saved_by "
                        + "FROM draft_version WHERE draft_id = :d ORDER BY version_no DESC FETCH FIRST 1 ROWS ONLY")
                .bind("d", draftId).map(DraftRepository::version).findOne();
    }

    public Optional<DraftVersion> findVersion(Handle h, long versionId) {
        return h.createQuery("SELECT id, draft_id, version_no, draft_rev, body, reason, saved_at, saved_by "
                        + "FROM draft_version WHERE id = :id")
                .bind("id", versionId).map(DraftRepository::version).findOne();
    }

    /** The final text on the case timeline: kind FINAL_REPLY, field = the draft kind. */
    public void insertTimeline(Handle h, long incidentId, Instant at, String author, String kind, String field,
                               String newValue, String body) {
        h.createUpdate("INSERT INTO timeline_entry (incident_id, at, author, kind, field, new_value, body) "
                        + "VALUES (:incident, :at, :author, :kind, :field, :nv, :body)")
                .bind("incident", incidentId).bind("at", odt(at)).bind("author", author).bind("kind", kind)
                .bind("field", field).bind("nv", newValue).bind("body", body).execute();
    }

    private static Draft draft(ResultSet rs, StatementContext ctx) throws SQLException {
        long contact = rs.getLong("media_contact_id");
        Long mediaContactId = rs.wasNull() ? null : contact;
        return new Draft(rs.getLong("id"), rs.getLong("incident_id"), DraftKind.valueOf(rs.getString("kind")),
                rs.getString("title"), mediaContactId, rs.getString("body"), DraftState.valueOf(rs.getString("state")),
                rs.getInt("version"), instant(rs, "created_at"), rs.getString("created_by"), instant(rs, "updated_at"),
                rs.getString("updated_by"), instant(rs, "finalised_at"), rs.getString("finalised_by"),
                rs.getString("override_reason"));
    }

    private static DraftVersion version(ResultSet rs, StatementContext ctx) throws SQLException {
        return new DraftVersion(rs.getLong("id"), rs.getLong("draft_id"), rs.getInt("version_no"), rs.getInt("draft_rev"),
                rs.getString("body"), DraftVersion.Reason.valueOf(rs.getString("reason")), instant(rs, "saved_at"),
                rs.getString("saved_by"));
    }

    private static OffsetDateTime odt(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        if (t != null) {
            return t.toInstant();
        }
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }
}
