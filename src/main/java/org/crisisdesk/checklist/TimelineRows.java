package org.crisisdesk.checklist;

import java.time.Instant;
import org.jdbi.v3.core.Handle;

/** Writes the checklist's entries to the case timeline, in the caller's transaction. */
public final class TimelineRows {
    public static final String KIND = "CHECKLIST";

    private TimelineRows() {
    }

    /**
     * @param field the step key (or REVIEW, TRACK, CHECKLIST)
     * @param body what was recorded, readable
     * @param newValue the new state (DONE, SKIPPED, OPEN, STARTED ...)
     */
    public static void insert(Handle h, long incidentId, Instant at, String author, String field, String body,
            String newValue) {
        h.createUpdate("INSERT INTO timeline_entry (incident_id, at, author, kind, field, new_value, body) "
                        + "VALUES (:incident, :at, :author, :kind, :field, :newValue, :body)")
                .bind("incident", incidentId)
                .bindByType("at", at, Instant.class)
                .bind("author", author)
                .bind("kind", KIND)
                .bind("field", field)
                .bind("newValue", truncate(newValue, 4000))
                .bind("body", body)
                .execute();
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
