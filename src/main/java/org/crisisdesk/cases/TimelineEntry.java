package org.crisisdesk.cases;

import java.time.Instant;

/**
 * One line of a case's history: a change (field, old and new value), a note, a move, a checklist
 * step or a final reply. {@code kind} is an open set of codes (CREATED, FIELD, STATUS, NOTE, MEDIA,
 * ATTACHMENT, SIGNS, CHECKLIST, FINAL_REPLY, …) with labels in the bundle as {@code timeline.<kind>}.
 */
public record TimelineEntry(long id, long incidentId, Instant at, String author, String kind, String field,
                            String oldValue, String newValue, String body) {
}
