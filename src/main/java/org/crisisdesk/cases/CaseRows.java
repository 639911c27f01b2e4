package org.crisisdesk.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.jdbi.v3.core.mapper.RowMapper;

/** Row mappers and column helpers shared by the case queries. */
final class CaseRows {
    private CaseRows() {
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    /** Binds as TIMESTAMP WITH TIME ZONE on both H2 and PostgreSQL. */
    static OffsetDateTime ts(Instant instant) {
        return instant == null ? null : instant.atOffset(java.time.ZoneOffset.UTC);
    }

    static Timestamp legacy(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    static final RowMapper<Incident> INCIDENT = (rs, ctx) -> new Incident(
            rs.getLong("id"),
            rs.getString("case_no"),
            rs.getString("store_code"),
            rs.getString("title"),
            rs.getString("channel"),
            instant(rs, "discovered_at"),
            rs.getString("customer_name"),
            Honorific.valueOf(rs.getString("customer_honorific")),
            rs.getString("customer_phone"),
            rs.getString("category"),
            rs.getString("risk_type"),
            rs.getString("description"),
            CaseStatus.valueOf(rs.getString("status")),
            Severity.valueOf(rs.getString("severity")),
            rs.getString("responsible"),
            new UndercoverSigns(rs.getBoolean("sign_identity"), rs.getBoolean("sign_no_emotion"),
                    rs.getBoolean("sign_odd_movement"), rs.getBoolean("sign_professional")),
            instant(rs, "created_at"),
            rs.getString("created_by"),
            instant(rs, "updated_at"),
            rs.getString("updated_by"),
            instant(rs, "closed_at"),
            rs.getInt("version"));

    static final RowMapper<MediaContact> MEDIA = (rs, ctx) -> new MediaContact(
            rs.getLong("id"),
            rs.getLong("incident_id"),
            rs.getString("outlet"),
            MediaKind.valueOf(rs.getString("media_kind")),
            Medium.valueOf(rs.getString("medium")),
            Reach.valueOf(rs.getString("reach")),
            rs.getString("journalist_name"),
            rs.getString("journalist_phone"),
            rs.getString("interview_outline"),
            instant(rs, "journalist_deadline"),
            instant(rs, "expected_publication"),
            instant(rs, "received_at"),
            rs.getInt("version"));

    static final RowMapper<TimelineEntry> TIMELINE = (rs, ctx) -> new TimelineEntry(
            rs.getLong("id"),
            rs.getLong("incident_id"),
            instant(rs, "at"),
            rs.getString("author"),
            rs.getString("kind"),
            rs.getString("field"),
            rs.getString("old_value"),
            rs.getString("new_value"),
            rs.getString("body"));

    static final RowMapper<Attachment> ATTACHMENT = (rs, ctx) -> new Attachment(
            rs.getLong("id"),
            rs.getLong("incident_id"),
            rs.getString("sha256"),
            rs.getString("original_name"),
            rs.getLong("size_bytes"),
            rs.getString("content_type"),
            rs.getBoolean("personal_data"),
            instant(rs, "added_at"),
            rs.getString("added_by"),
            instant(rs, "erased_at"));
}
