package org.crisisdesk.checklist;

import java.time.Instant;

/** Something done on one track of the problem-solving window. */
public record TrackNote(long id, Track track, String body, Instant at, String author) {
}
