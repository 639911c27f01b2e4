package org.crisisdesk.checklist;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Column reading shared by the checklist's queries. */
final class Rows {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, String>> MAP = new TypeReference<>() {
    };

    private Rows() {
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static Integer integer(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    /** Field labels are stored one per line; blank lines and stray carriage returns are ignored. */
    static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static String joinLines(List<String> lines) {
        return String.join("\n", lines.stream().map(String::strip).filter(s -> !s.isEmpty()).toList());
    }

    static Map<String, String> recorded(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            return JSON.readValue(json, MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable recorded values", e);
        }
    }

    static String json(Map<String, String> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Step step(ResultSet rs) throws SQLException {
        return new Step(rs.getLong("id"), rs.getLong("checklist_id"), rs.getInt("step_no"), rs.getString("step_key"),
                rs.getString("title"), rs.getString("lead_departments"), rs.getString("support_departments"),
                rs.getString("guidance"), lines(rs.getString("record_fields")),
                DeadlineRule.of(rs.getString("rule_kind"), integer(rs, "offset_minutes")),
                rs.getString("offers_status"), StepState.valueOf(rs.getString("state")),
                instant(rs, "window_start"), instant(rs, "deadline"), instant(rs, "agreed_at"),
                instant(rs, "completed_at"), rs.getString("completed_by"), recorded(rs.getString("recorded")),
                rs.getString("skip_reason"), rs.getInt("version"));
    }

    static OutletReply outletReply(ResultSet rs) throws SQLException {
        return new OutletReply(rs.getLong("id"), rs.getLong("step_id"), rs.getLong("media_contact_id"),
                rs.getString("outlet"), StepState.valueOf(rs.getString("state")), instant(rs, "deadline"),
                rs.getString("reply_text"), instant(rs, "replied_at"), rs.getString("replied_by"), rs.getInt("version"));
    }

    static MediaContactRow contact(ResultSet rs) throws SQLException {
        return new MediaContactRow(rs.getLong("id"), rs.getString("outlet"), rs.getString("media_kind"),
                rs.getString("reach"), rs.getString("journalist_name"), rs.getString("journalist_phone"),
                rs.getString("interview_outline"), instant(rs, "received_at"), instant(rs, "journalist_deadline"),
                instant(rs, "expected_publication"));
    }
}
