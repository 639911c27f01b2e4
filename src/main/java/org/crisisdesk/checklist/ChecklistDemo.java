package org.crisisdesk.checklist;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.crisisdesk.common.Actor;
import org.jdbi.v3.core.Handle;

/**
 * Running checklists in every state for the {@code demo} command, with times relative to when
 * it runs. Media states add a media contact (城市晚报) when the case has none.
 */
public final class ChecklistDemo {
    /** Demo data, not interface text: what a demo step records in each field. */
    static final String DEMO_VALUE = "演示数据";

    public enum DemoState {
        /** Media: contact 5 min ago, step 2 due in 25 min. */
        ON_TIME,
        /** Media: contact 27 min ago, step 2 due in 3 min (amber). */
        DUE_SOON,
        /** Media: contact 45 min ago, step 2 overdue by 15 min. */
        OVERDUE,
        /** Media: contact 13 h ago, steps 1-6 done, step 7 待定 (no journalist deadline yet). */
        PENDING,
        /** Media: contact 30 h ago, every step done (step 3 twelve minutes late). */
        DONE,
        /** General flow: case discovered 30 min ago, step 2 (了解) due in 90 min. */
        GENERAL
    }

    private final ChecklistService service;

    public ChecklistDemo(ChecklistService service) {
        this.service = service;
    }

    public void seed(Handle h, long incidentId, Instant now, DemoState state, Actor actor) {
        ChecklistSync sync = service.sync();
        ChecklistStore store = service.store();
        if (state == DemoState.GENERAL) {
            sync.onCaseCreated(h, incidentId, now.minus(Duration.ofMinutes(30)), actor, now);
            return;
        }
        Duration age = switch (state) {
            case ON_TIME -> Duration.ofMinutes(5);
            case DUE_SOON -> Duration.ofMinutes(27);
            case OVERDUE -> Duration.ofMinutes(45);
            case PENDING -> Duration.ofHours(13);
            default -> Duration.ofHours(30);
        };
        Instant start = now.minus(age);
        if (store.contacts(h, incidentId).isEmpty()) {
            h.createUpdate("INSERT INTO media_contact (incident_id, outlet, media_kind, medium, reach, journalist_name, "
                            + "received_at, created_at, created_by) VALUES (:i, '城市晚报', 'LIVELIHOOD', 'PRINT', 'LOCAL', "
                            + "'记者', :r, :r, :by)")
                    .bind("i", incidentId).bindByType("r", start, Instant.class).bind("by", actor.name()).execute();
        }
        if (state == DemoState.DONE) {
            store.setJournalistDeadline(h, incidentId, null, start.plus(Duration.ofHours(8)));
        }
        sync.onMediaContactsChanged(h, incidentId, actor, now);
        if (state == DemoState.PENDING || state == DemoState.DONE) {
            Checklist c = store.loadActive(h, incidentId).orElseThrow();
            int last = state == DemoState.PENDING ? 6 : Integer.MAX_VALUE;
            for (Step s : c.steps()) {
                if (!s.isOpen() || s.stepNo() > last) {
                    continue;
                }
                if (s.takesAgreedTime()) {
                    store.setAgreedAt(h, s.id(), s.version(), start.plus(Duration.ofHours(24)));
                    sync.recompute(h, c.id(), incidentId);
                    s = store.step(h, s.id());
                }
                Instant at = s.deadline() == null ? start.plus(Duration.ofMinutes(10)) : s.deadline().minus(Duration.ofMinutes(5));
                if (s.stepNo() == 3) {
                    at = s.deadline().plus(Duration.ofMinutes(12)); // the honest late step of journey 4
                }
                Map<String, String> values = new LinkedHashMap<>();
                s.recordFields().forEach(f -> values.put(f, DEMO_VALUE));
                store.close(h, s.id(), s.version(), StepState.DONE, at, actor.name(), values, null);
                if (s.key().equals(Step.REPLY)) {
                    for (OutletReply r : store.outletReplies(h, c.id())) {
                        store.closeOutletReply(h, r.id(), DEMO_VALUE, at, actor.name());
                    }
                }
                TimelineRows.insert(h, incidentId, at, actor.name(), s.key(), Recorded.describe(values),
                        StepState.DONE.name());
            }
        }
    }
}
