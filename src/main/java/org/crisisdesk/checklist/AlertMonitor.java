package org.crisisdesk.checklist;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Finds steps that turned due soon or overdue since the last poll. Fired alerts are stored per
 * step, kind and deadline, so each fires exactly once, also across a restart; a step whose
 * deadline moves may alert again for the new deadline. A step found already overdue (say, after
 * the desk was off) fires only its overdue alert.
 */
public final class AlertMonitor {
    private final Jdbi jdbi;

    public AlertMonitor(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The new transitions as of {@code now}, earliest deadline first; each is returned once. */
    public List<Alert> poll(Instant now) {
        return jdbi.inTransaction(h -> {
            List<Alert> fired = new ArrayList<>();
            // a window is at most a few days, so anything further out cannot be due soon yet
            for (DueItem item : ChecklistService.openTimedSteps(h, now.plus(java.time.Duration.ofDays(400)))) {
                Step s = item.step();
                Countdown c = Countdown.of(s.windowStart(), s.deadline(), now);
                Alert.Kind kind = switch (c.phase()) {
                    case ON_TIME -> null;
                    case DUE_SOON -> Alert.Kind.DUE_SOON;
                    case OVERDUE -> Alert.Kind.OVERDUE;
                };
                if (kind == null || alreadyFired(h, s.id(), kind, s.deadline())) {
                    continue;
                }
                h.createUpdate("INSERT INTO checklist_alert (step_id, kind, deadline, fired_at) VALUES (:s, :k, :d, :at)")
                        .bind("s", s.id()).bind("k", kind.name()).bindByType("d", s.deadline(), Instant.class)
                        .bindByType("at", now, Instant.class).execute();
                fired.add(new Alert(kind, item.incidentId(), item.caseNo(), item.caseTitle(), s.id(), s.stepNo(),
                        s.title(), s.deadline()));
            }
            return fired;
        });
    }

    private static boolean alreadyFired(Handle h, long stepId, Alert.Kind kind, Instant deadline) {
        return h.createQuery("SELECT COUNT(*) FROM checklist_alert WHERE step_id = :s AND kind = :k AND deadline = :d")
                .bind("s", stepId).bind("k", kind.name()).bindByType("d", deadline, Instant.class)
                .mapTo(Integer.class).one() > 0;
    }
}
