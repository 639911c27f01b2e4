package org.crisisdesk.checklist;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.crisisdesk.common.Actor;
import org.jdbi.v3.core.Handle;

/**
 * Keeps a case's running checklist in step with its media contacts: starts or switches to the
 * media checklist, moves the clock start, reopens step 2 for a higher route, adds step 7's
 * reply per outlet, and recomputes the deadlines of open steps. Runs in the caller's transaction.
 */
final class ChecklistSync {
    private final ChecklistStore store;
    private final EscalationLevels levels;

    ChecklistSync(ChecklistStore store, EscalationLevels levels) {
        this.store = store;
        this.levels = levels;
    }

    void onCaseCreated(Handle h, long incidentId, Instant discoveredAt, Actor actor, Instant now) {
        if (store.active(h, incidentId).isPresent()) {
            return;
        }
        if (!store.contacts(h, incidentId).isEmpty()) {
            onMediaContactsChanged(h, incidentId, actor, now);
            return;
        }
        Instant start = notAfter(discoveredAt == null ? now : discoveredAt, now);
        long id = store.insertChecklist(h, incidentId, Checklist.GENERAL, start, 0, now, actor.name());
        store.copyTemplate(h, id, Checklist.GENERAL, start);
        TimelineRows.insert(h, incidentId, now, actor.name(), "CHECKLIST", Checklist.GENERAL, "STARTED");
        store.steps(h, id).stream().filter(s -> s.key().equals(Step.DISCOVER)).findFirst().ifPresent(s -> {
            Map<String, String> values = byPosition(s, List.of(store.incidentChannel(h, incidentId).orElse("")));
            closeBySystem(h, incidentId, s, values, start, actor);
        });
        recompute(h, id, incidentId);
    }

    void onMediaContactsChanged(Handle h, long incidentId, Actor actor, Instant now) {
        List<MediaContactRow> contacts = store.contacts(h, incidentId);
        if (contacts.isEmpty()) {
            return;
        }
        Instant start = notAfter(contacts.stream().map(MediaContactRow::receivedAt).min(Comparator.naturalOrder())
                .orElseThrow(), now);
        int level = levels.levelFor(h, incidentId);
        Optional<ChecklistStore.Head> current = store.active(h, incidentId);
        long id;
        if (current.isEmpty() || !Checklist.MEDIA.equals(current.get().templateCode())) {
            // a case on the general flow switches; its done steps stay on record in the old checklist
            current.ifPresent(old -> store.deactivate(h, old.id()));
            id = store.insertChecklist(h, incidentId, Checklist.MEDIA, start, level, now, actor.name());
            store.copyTemplate(h, id, Checklist.MEDIA, start);
            TimelineRows.insert(h, incidentId, now, actor.name(), "CHECKLIST", Checklist.MEDIA, "STARTED");
            MediaContactRow first = contacts.get(0);
            store.steps(h, id).stream().filter(s -> s.key().equals(Step.RECEIVE)).findFirst().ifPresent(s -> {
                List<String> facts = new ArrayList<>();
                facts.add(nz(first.journalistName()));
                facts.add(first.outlet());
                facts.add(nz(first.journalistPhone()));
                facts.add(nz(first.interviewOutline()));
                closeBySystem(h, incidentId, s, byPosition(s, facts), start, actor);
            });
        } else {
            ChecklistStore.Head head = current.get();
            id = head.id();
            if (!start.equals(head.clockStart())) {
                store.moveWindows(h, id, head.clockStart(), start);
            }
            if (level > head.routeLevel()) {
                reopenReportForHigherRoute(h, incidentId, id, contacts, head.routeLevel(), level, actor, now);
            }
            if (!start.equals(head.clockStart()) || level > head.routeLevel()) {
                store.updateHead(h, id, start, Math.max(level, head.routeLevel()));
            }
        }
        addOutletReplies(h, incidentId, id, contacts, actor, now);
        recompute(h, id, incidentId);
    }

    private void reopenReportForHigherRoute(Handle h, long incidentId, long checklistId, List<MediaContactRow> contacts,
            int oldLevel, int newLevel, Actor actor, Instant now) {
        store.steps(h, checklistId).stream().filter(s -> s.key().equals(Step.REPORT) && !s.isOpen()).findFirst()
                .ifPresent(s -> {
                    // the new route's report is due 30 min (the step's offset) after the contact that raised it
                    Instant latest = notAfter(contacts.stream().map(MediaContactRow::receivedAt)
                            .max(Comparator.naturalOrder()).orElseThrow(), now);
                    store.reopen(h, s.id(), s.version(), latest);
                    TimelineRows.insert(h, incidentId, now, actor.name(), s.key(),
                            "ROUTE_LEVEL " + oldLevel + " → " + newLevel, StepState.OPEN.name());
                });
    }

    private void addOutletReplies(Handle h, long incidentId, long checklistId, List<MediaContactRow> contacts,
            Actor actor, Instant now) {
        Optional<Step> reply = store.steps(h, checklistId).stream().filter(s -> s.key().equals(Step.REPLY)).findFirst();
        if (reply.isEmpty()) {
            return;
        }
        Step step = reply.get();
        List<Long> known = store.outletReplies(h, checklistId).stream().map(OutletReply::mediaContactId).toList();
        boolean added = false;
        for (MediaContactRow c : contacts) {
            if (!known.contains(c.id())) {
                store.insertOutletReply(h, step.id(), c);
                added = true;
            }
        }
        if (added && !step.isOpen()) {
            // a new outlet needs its own formal reply
            store.reopen(h, step.id(), step.version(), step.windowStart());
            TimelineRows.insert(h, incidentId, now, actor.name(), step.key(), null, StepState.OPEN.name());
        }
    }

    /** Recomputes the deadlines of open steps (and open outlet replies); done and skipped keep theirs. */
    void recompute(Handle h, long checklistId, long incidentId) {
        List<MediaContactRow> contacts = store.contacts(h, incidentId);
        Instant journalist = contacts.stream().map(MediaContactRow::journalistDeadline).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
        Map<Long, MediaContactRow> byId = contacts.stream()
                .collect(Collectors.toMap(MediaContactRow::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        List<OutletReply> replies = store.outletReplies(h, checklistId);
        for (OutletReply r : replies) {
            MediaContactRow c = byId.get(r.mediaContactId());
            if (c != null && !r.isDone()
                    && (!Objects.equals(r.deadline(), c.journalistDeadline()) || !r.outlet().equals(c.outlet()))) {
                store.updateOutletReply(h, r.id(), c.outlet(), c.journalistDeadline());
            }
        }
        for (Step s : store.steps(h, checklistId)) {
            if (!s.isOpen()) {
                continue;
            }
            Instant deadline;
            List<OutletReply> open = replies.stream().filter(r -> r.stepId() == s.id() && !r.isDone()).toList();
            if (s.rule().kind() == DeadlineRule.Kind.JOURNALIST_DEADLINE && !open.isEmpty()) {
                // step 7 is due when the first still-unanswered outlet wants its reply
                deadline = open.stream().map(r -> byId.containsKey(r.mediaContactId())
                                ? byId.get(r.mediaContactId()).journalistDeadline() : r.deadline())
                        .filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
            } else {
                deadline = s.rule().deadline(s.windowStart(), journalist, s.agreedAt()).orElse(null);
            }
            if (!Objects.equals(deadline, s.deadline())) {
                store.setDeadline(h, s.id(), deadline);
            }
        }
    }

    private void closeBySystem(Handle h, long incidentId, Step s, Map<String, String> values, Instant at, Actor actor) {
        store.close(h, s.id(), s.version(), StepState.DONE, at, actor.name(), values, null);
        TimelineRows.insert(h, incidentId, at, actor.name(), s.key(), Recorded.describe(values), StepState.DONE.name());
    }

    /**
     * Facts recorded automatically go into the step's fields in order (the seeded templates list
     * them in that order: journalist, outlet, phone, interview needs; or the discovery channel).
     */
    private static Map<String, String> byPosition(Step s, List<String> facts) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < s.recordFields().size() && i < facts.size(); i++) {
            if (!facts.get(i).isBlank()) {
                values.put(s.recordFields().get(i), facts.get(i));
            }
        }
        return values;
    }

    static Instant notAfter(Instant t, Instant now) {
        return t.isAfter(now) ? now : t;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
