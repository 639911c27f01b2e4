package org.crisisdesk.checklist;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.crisisdesk.common.UserException;
import org.jdbi.v3.core.Handle;

/** SQL for the review (复盘) and the track notes. */
final class ReviewRows {
    Optional<Review> review(Handle h, long incidentId) {
        return h.createQuery("SELECT * FROM checklist_review WHERE incident_id = :i").bind("i", incidentId)
                .map((rs, ctx) -> new Review(rs.getLong("incident_id"), rs.getString("what_happened"),
                        rs.getString("what_worked"), rs.getString("what_to_change"), Rows.instant(rs, "updated_at"),
                        rs.getString("updated_by"), rs.getInt("version")))
                .findFirst();
    }

    void save(Handle h, long incidentId, String happened, String worked, String change, int expectedVersion,
            Instant at, String by) {
        int n;
        if (expectedVersion == Review.NEW) {
            if (review(h, incidentId).isPresent()) {
                throw new UserException("checklist.changedMeanwhile");
            }
            n = h.createUpdate("INSERT INTO checklist_review (incident_id, what_happened, what_worked, what_to_change, "
                            + "updated_at, updated_by) VALUES (:i, :a, :b, :c, :at, :by)")
                    .bind("i", incidentId).bind("a", happened).bind("b", worked).bind("c", change)
                    .bindByType("at", at, Instant.class).bind("by", by).execute();
        } else {
            n = h.createUpdate("UPDATE checklist_review SET what_happened = :a, what_worked = :b, what_to_change = :c, "
                            + "updated_at = :at, updated_by = :by, version = version + 1 "
                            + "WHERE incident_id = :i AND version = :v")
                    .bind("i", incidentId).bind("a", happened).bind("b", worked).bind("c", change)
                    .bindByType("at", at, Instant.class).bind("by", by).bind("v", expectedVersion).execute();
        }
        if (n != 1) {
            throw new UserException("checklist.changedMeanwhile");
        }
    }

    void addNote(Handle h, long incidentId, Track track, String body, Instant at, String by) {
        h.createUpdate("INSERT INTO checklist_track_note (incident_id, track, body, at, author) "
                        + "VALUES (:i, :t, :b, :at, :by)")
                .bind("i", incidentId).bind("t", track.name()).bind("b", body).bindByType("at", at, Instant.class)
                .bind("by", by).execute();
    }

    List<TrackNote> notes(Handle h, long incidentId) {
        return h.createQuery("SELECT * FROM checklist_track_note WHERE incident_id = :i ORDER BY at, id")
                .bind("i", incidentId)
                .map((rs, ctx) -> new TrackNote(rs.getLong("id"), Track.valueOf(rs.getString("track")),
                        rs.getString("body"), Rows.instant(rs, "at"), rs.getString("author")))
                .list();
    }
}
