package org.crisisdesk.checklist;

import static org.crisisdesk.checklist.ChecklistFixture.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeadlineRuleTest {
    private final Instant start = at("10:02");

    @Test
    void offsetCountsFromTheWindowStart() {
        assertEquals(Optional.of(at("10:32")), DeadlineRule.offset(Duration.ofMinutes(30)).deadline(start, null, null));
        assertEquals(Optional.of(start), DeadlineRule.offset(Duration.ZERO).deadline(start, at("18:00"), null));
    }

    @Test
    void journalistDeadlineIsPendingUntilEntered() {
        assertTrue(DeadlineRule.journalistDeadline().deadline(start, null, null).isEmpty());
        assertEquals(Optional.of(at("18:00")), DeadlineRule.journalistDeadline().deadline(start, at("18:00"), null));
    }

    @Test
    void earlierOfTakesWhicheverComesFirst() {
        DeadlineRule sixHours = DeadlineRule.earlierOf(Duration.ofHours(6));
        DeadlineRule twelveHours = DeadlineRule.earlierOf(Duration.ofHours(12));
        assertEquals(Optional.of(at("16:02")), sixHours.deadline(start, null, null));
        assertEquals(Optional.of(at("16:02")), sixHours.deadline(start, at("18:00"), null));
        assertEquals(Optional.of(at("22:02")), twelveHours.deadline(start, null, null));
        assertEquals(Optional.of(at("18:00")), twelveHours.deadline(start, at("18:00"), null));
    }

    @Test
    void agreedTimeIsPendingUntilEntered() {
        assertTrue(DeadlineRule.agreedTime().deadline(start, at("18:00"), null).isEmpty());
        assertEquals(Optional.of(at("20:00")), DeadlineRule.agreedTime().deadline(start, null, at("20:00")));
    }

    @Test
    void storedFormRoundTrips() {
        assertEquals(DeadlineRule.earlierOf(Duration.ofHours(6)), DeadlineRule.of("EARLIER_OF", 360));
        assertEquals(DeadlineRule.agreedTime(), DeadlineRule.of("AGREED_TIME", null));
    }
}
