package org.crisisdesk.cases;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Writes and reads a case's timeline. Callers pass the {@link Handle} of their own transaction so
 * the change and its timeline entry land together or not at all.
 */
public final class Timeline {
    /** Longest value kept in old/new columns; longer text is cut with an ellipsis. */
    static final int VALUE_MAX = 4000;

    private Timeline() {
    }

    public static long append(Handle h, long incidentId, Instant at, String author, String kind, String field,
                              String oldValue, String newValue, String body) {
        return h.createUpdate("""
                        INSERT INTO timeline_entry (incident_id, at, author, kind, field, old_value, new_value, body)
                        VALUES (:incident, :at, :author, :kind, :field, :old, :new, :body)""")
                .bind("incident", incidentId).bind("at", at).bind("author", author).bind("kind", kind)
                .bind("field", field).bind("old", clip(oldValue)).bind("new", clip(newValue)).bind("body", body)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    /**
     * Records a field change; rapid edits of one field by one person in one editing session merge
     * into the latest entry (keeping its original old value) instead of one entry per keystroke.
     */
    static void fieldChange(Handle h, long incidentId, Instant at, String author, String field,
                            String oldValue, String newValue, String editSession) {
        if (editSession != null) {
            Optional<Long> last = h.createQuery("""
                            SELECT id FROM timeline_entry WHERE incident_id = :incident
                            ORDER BY id DESC FETCH FIRST 1 ROWS ONLY""")
                    .bind("incident", incidentId).mapTo(Long.class).findOne();
            if (last.isPresent()) {
                int merged = h.createUpdate("""
                                UPDATE timeline_entry SET new_value = :new, at = :at
                                WHERE id = :id AND edit_session = :session AND field = :field AND author = :author""")
                        .bind("new", clip(newValue)).bind("at", at).bind("id", last.get())
                        .bind("session", editSession).bind("field", field).bind("author", author).execute();
                if (merged == 1) {
                    return;
                }
            }
        }
        h.createUpdate("""
                        INSERT INTO timeline_entry (incident_id, at, author, kind, field, old_value, new_value, edit_session)
                        VALUES (:incident, :at, :author, 'FIELD', :field, :old, :new, :session)""")
                .bind("incident", incidentId).bind("at", at).bind("author", author).bind("field", field)
                .bind("old", clip(oldValue)).bind("new", clip(newValue)).bind("session", editSession).execute();
    }

    public static List<TimelineEntry> forCase(Handle h, long incidentId) {
        return h.createQuery("SELECT * FROM timeline_entry WHERE incident_id = :incident ORDER BY at, id")
                .bind("incident", incidentId).map(CaseRows.TIMELINE).list();
    }

    static String clip(String value) {
        if (value == null || value.length() <= VALUE_MAX) {
            return value;
        }
        return value.substring(0, VALUE_MAX - 1) + "…";
    }
}
