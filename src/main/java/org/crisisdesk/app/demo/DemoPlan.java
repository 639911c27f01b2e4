package org.crisisdesk.app.demo;

import java.time.Instant;
import java.util.List;
import org.crisisdesk.cases.CaseStatus;
import org.crisisdesk.cases.NewIncident;

/**
 * A demo case ready to be written: what the intake form would have collected, when it was opened,
 * and the events that follow in time order. Written through {@code CaseService} by {@link DemoData}
 * or in bulk by the benchmarks.
 */
public record DemoPlan(String scenarioTitle, NewIncident incident, Instant createdAt, CaseStatus finalStatus,
                       List<DemoEvent> events) {
    public DemoPlan {
        events = List.copyOf(events);
    }

    /** When the last event happens (the case's "last changed"). */
    public Instant lastAt() {
        return events.isEmpty() ? createdAt : events.get(events.size() - 1).at();
    }

    /** When the case was closed, if it was. */
    public Instant closedAt() {
        Instant closed = null;
        for (DemoEvent e : events) {
            if (e.kind() == DemoEvent.Kind.MOVE && e.moveTo() == CaseStatus.CLOSED) {
                closed = e.at();
            }
        }
        return closed;
    }
}
