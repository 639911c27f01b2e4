package org.crisisdesk.checklist;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The problem-solving window (有效利用"解决问题时间"): the time left before the earliest
 * expected publication, and what has been done on the customer side and the media side.
 *
 * @param expectedPublication the earliest expected publication over the case's media contacts, or null
 */
public record ProblemWindow(Instant expectedPublication, List<TrackNote> customerSide, List<TrackNote> mediaSide) {
    public ProblemWindow {
        customerSide = List.copyOf(customerSide);
        mediaSide = List.copyOf(mediaSide);
    }

    /** Time left before publication (negative once published); empty without an expected time. */
    public Optional<Duration> timeLeft(Instant now) {
        return expectedPublication == null ? Optional.empty() : Optional.of(Duration.between(now, expectedPublication));
    }
}
