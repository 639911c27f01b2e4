package org.crisisdesk.checklist;

import static org.crisisdesk.checklist.ChecklistFixture.at;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.crisisdesk.checklist.Countdown.Phase;
import org.junit.jupiter.api.Test;

class CountdownTest {
    @Test
    void stepTwoOfAContactAt1002TurnsAmberAt1026() {
        Instant start = at("10:02");
        Instant due = at("10:32");
        assertEquals(at("10:26"), Countdown.dueSoonAt(start, due));
        assertEquals(Phase.ON_TIME, Countdown.of(start, due, at("10:25:59")).phase());
        assertEquals(Phase.DUE_SOON, Countdown.of(start, due, at("10:26")).phase());
        assertEquals(Phase.DUE_SOON, Countdown.of(start, due, at("10:32")).phase());
        assertEquals(Phase.OVERDUE, Countdown.of(start, due, at("10:32:01")).phase());
    }

    @Test
    void shortWindowsTurnAmberFiveMinutesBefore() {
        Instant start = at("10:00");
        assertEquals(at("10:05"), Countdown.dueSoonAt(start, at("10:10")));
        assertEquals(at("09:55"), Countdown.dueSoonAt(start, start));
    }

    @Test
    void longWindowsTurnAmberAtTwentyPercent() {
        assertEquals(at("19:38"), Countdown.dueSoonAt(at("10:02"), at("22:02")));
    }

    @Test
    void textCountsDownThenUp() {
        Instant due = at("10:32");
        assertEquals("00:29:59", Countdown.of(at("10:02"), due, at("10:02:01")).clockText());
        Countdown late = Countdown.of(at("10:02"), due, at("10:44:30"));
        assertEquals(Phase.OVERDUE, late.phase());
        assertEquals("00:12:30", late.clockText());
        assertEquals("00:12:30", Countdown.of(at("10:02"), due, at("10:44:30").plusMillis(400)).clockText());
        assertEquals("27:00:00", Countdown.of(at("10:02"), due.plus(Duration.ofHours(27)), due).clockText());
    }
}
