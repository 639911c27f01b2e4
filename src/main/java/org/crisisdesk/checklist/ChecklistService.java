package org.crisisdesk.checklist;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.crisisdesk.common.Actor;
import org.crisisdesk.common.AuditEvent;
import org.crisisdesk.common.AuditTrail;
import org.crisisdesk.common.UserException;
import org.crisisdesk.operators.AuditActions;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The response checklist of each case: started by the cases service, worked step by step at the
 * desk. Each write is one transaction and lands on the case timeline with who and when.
 */
public final class ChecklistService {
    private final Jdbi jdbi;
    private final Clock clock;
    private final ChecklistStore store = new ChecklistStore();
    private final ReviewRows reviews = new ReviewRows();
    private final ChecklistSync sync;
    private final AuditTrail audit;

    public ChecklistService(Jdbi jdbi, Clock clock, EscalationLevels levels) {
        this(jdbi, clock, levels, AuditTrail.NONE);
    }

    public ChecklistService(Jdbi jdbi, Clock clock, EscalationLevels levels, AuditTrail audit) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.sync = new ChecklistSync(store, levels);
        this.audit = audit;
    }

    /** A step's state change; its key is the field, so the log reads "STEP_3: OPEN -> DONE". */
    private void stepState(Handle h, Actor actor, String action, Step s, long incidentId, StepState to) {
        audit.record(h, AuditEvent.of(actor, action).on("checklist_step", s.id()).inCase(incidentId).field(s.key())
                .change(s.state(), to));
    }

    /** Recorded values, reasons, notes and review text are free text: only a digest is kept. */
    private void text(Handle h, Actor actor, String entity, Object id, long incidentId, String field, String before,
                      String after) {
        audit.record(h, AuditEvent.of(actor, AuditActions.STEP_RECORD).on(entity, id).inCase(incidentId).field(field)
                .textChange(before, after));
    }

    // ---- seams called by the cases service inside its own transaction

    /** Starts the general flow for a new case (or the media checklist when it already has contacts). */
    public void onCaseCreated(Handle h, long incidentId, Instant discoveredAt, Actor actor) {
        sync.onCaseCreated(h, incidentId, discoveredAt, actor, clock.instant());
    }

    /** After a media contact was added or edited: start or switch to the media checklist and recompute. */
    public void onMediaContactsChanged(Handle h, long incidentId, Actor actor) {
        sync.onMediaContactsChanged(h, incidentId, actor, clock.instant());
    }

    // ---- reads

    public Optional<Checklist> checklist(long incidentId) {
        return jdbi.withHandle(h -> checklist(h, incidentId));
    }

    public Optional<Checklist> checklist(Handle h, long incidentId) {
        return store.loadActive(h, incidentId);
    }

    /** Every checklist the case has had, oldest first (a superseded general flow stays on record). */
    public List<Checklist> history(long incidentId) {
        return jdbi.withHandle(h -> store.all(h, incidentId).stream().map(head -> store.load(h, head)).toList());
    }

    public Optional<Step> currentStep(long incidentId) {
        return checklist(incidentId).flatMap(Checklist::currentStep);
    }

    /** The checklist part of {@code cases show --json} (see {@link ChecklistJson}). */
    public Map<String, Object> json(long incidentId) {
        return jdbi.withHandle(h -> ChecklistJson.of(store.loadActive(h, incidentId).orElse(null),
                store.contacts(h, incidentId), clock.instant()));
    }

    public List<MediaContactRow> mediaContacts(long incidentId) {
        return jdbi.withHandle(h -> store.contacts(h, incidentId));
    }

    /** The current step of each case that has an active checklist with an open step (for board cards). */
    public Map<Long, Step> currentStepFor(Collection<Long> incidentIds) {
        if (incidentIds.isEmpty()) {
            return Map.of();
        }
        List<Map.Entry<Long, Step>> rows = jdbi.withHandle(h -> h.createQuery(
                        "SELECT c.incident_id AS case_id, s.* FROM checklist_step s JOIN checklist c ON c.id = s.checklist_id "
                                + "WHERE c.active = TRUE AND s.state = 'OPEN' AND c.incident_id IN (<ids>)")
                .bindList("ids", List.copyOf(incidentIds))
                .map((rs, ctx) -> Map.entry(rs.getLong("case_id"), Rows.step(rs)))
                .list());
        Map<Long, List<Step>> byCase = rows.stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                LinkedHashMap::new, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        Map<Long, Step> current = new LinkedHashMap<>();
        byCase.forEach((id, steps) -> Checklist.currentOf(steps).ifPresent(s -> current.put(id, s)));
        return current;
    }

    /**
     * Open steps of active checklists on cases not closed that are due within {@code horizon} of
     * {@code now} or overdue, earliest first (the board's due-soon strip).
     */
    public List<DueItem> dueSoon(Instant now, Duration horizon) {
        return jdbi.withHandle(h -> openTimedSteps(h, now.plus(horizon)));
    }

    /** Open, timed steps of active checklists on open cases with a deadline up to {@code until}. */
    static List<DueItem> openTimedSteps(Handle h, Instant until) {
        return h.createQuery("SELECT i.case_no AS case_no, i.title AS case_title, c.incident_id AS case_id, s.* "
                        + "FROM checklist_step s JOIN checklist c ON c.id = s.checklist_id "
                        + "JOIN incident i ON i.id = c.incident_id "
                        + "WHERE c.active = TRUE AND s.state = 'OPEN' AND s.deadline IS NOT NULL "
                        + "AND s.deadline <= :until AND i.status <> 'CLOSED' ORDER BY s.deadline, s.step_no, s.id")
                .bindByType("until", until, Instant.class)
                .map((rs, ctx) -> new DueItem(rs.getLong("case_id"), rs.getString("case_no"),
                        rs.getString("case_title"), Rows.step(rs)))
                .list();
    }

    // ---- writes

    /**
     * Completes a step with what was recorded (every field of the step must be filled).
     *
     * @return the case status to offer (e.g. SOLUTION_SET after step 4), if the step offers one
     */
    public Optional<String> complete(long stepId, int version, Map<String, String> values, Actor actor) {
        return jdbi.inTransaction(h -> {
            Step s = openStep(h, stepId);
            Map<String, String> recorded = new LinkedHashMap<>();
            for (String field : s.recordFields()) {
                String v = values.get(field);
                if (v == null || v.isBlank()) {
                    throw new UserException("checklist.fieldMissing", field);
                }
                recorded.put(field, v.strip());
            }
            Instant now = clock.instant();
            store.close(h, stepId, version, StepState.DONE, now, actor.name(), recorded, null);
            long incidentId = store.incidentOf(h, s.checklistId());
            if (s.key().equals(Step.REPLY)) {
                String text = Recorded.describe(recorded);
                store.outletReplies(h, s.checklistId()).stream().filter(r -> r.stepId() == stepId && !r.isDone())
                        .forEach(r -> store.closeOutletReply(h, r.id(), text, now, actor.name()));
            }
            TimelineRows.insert(h, incidentId, now, actor.name(), s.key(), Recorded.describe(recorded),
                    StepState.DONE.name());
            stepState(h, actor, AuditActions.STEP_COMPLETE, s, incidentId, StepState.DONE);
            if (!recorded.isEmpty()) {
                text(h, actor, "checklist_step", stepId, incidentId, s.key(), null, Recorded.describe(recorded));
            }
            return Optional.ofNullable(s.offersStatus());
        });
    }

    public void skip(long stepId, int version, String reason, Actor actor) {
        if (reason == null || reason.isBlank()) {
            throw new UserException("checklist.reasonMissing");
        }
        jdbi.useTransaction(h -> {
            Step s = openStep(h, stepId);
            Instant now = clock.instant();
            store.close(h, stepId, version, StepState.SKIPPED, now, actor.name(), s.recorded(), reason.strip());
            long incidentId = store.incidentOf(h, s.checklistId());
            TimelineRows.insert(h, incidentId, now, actor.name(), s.key(), reason.strip(), StepState.SKIPPED.name());
            stepState(h, actor, AuditActions.STEP_SKIP, s, incidentId, StepState.SKIPPED);
            text(h, actor, "checklist_step", stepId, incidentId, "skip_reason", null, reason.strip());
        });
    }

    /** Reopens a done or skipped step; its deadline follows its rule again (it may be overdue at once). */
    public void reopen(long stepId, int version, Actor actor) {
        jdbi.useTransaction(h -> {
            Step s = store.step(h, stepId);
            if (s.isOpen()) {
                throw new UserException("checklist.stepAlreadyOpen", s.title());
            }
            long incidentId = activeIncident(h, s);
            store.reopen(h, stepId, version, s.windowStart());
            if (s.key().equals(Step.REPLY)) {
                store.reopenOutletReplies(h, stepId);
            }
            TimelineRows.insert(h, incidentId, clock.instant(), actor.name(), s.key(), null, StepState.OPEN.name());
            stepState(h, actor, AuditActions.STEP_REOPEN, s, incidentId, StepState.OPEN);
            sync.recompute(h, s.checklistId(), incidentId);
        });
    }

    /** Enters the time agreed with the customer on an open step; its deadline follows at once. */
    public void setAgreedTime(long stepId, int version, Instant agreedAt, Actor actor) {
        Objects.requireNonNull(agreedAt, "agreedAt");
        jdbi.useTransaction(h -> {
            Step s = openStep(h, stepId);
            long incidentId = store.incidentOf(h, s.checklistId());
            store.setAgreedAt(h, stepId, version, agreedAt);
            TimelineRows.insert(h, incidentId, clock.instant(), actor.name(), s.key() + ".AGREED_AT", null,
                    agreedAt.toString());
            audit.record(h, AuditEvent.of(actor, AuditActions.CHECKLIST_EDIT).on("checklist_step", stepId)
                    .inCase(incidentId).field(s.key() + ".agreed_at").change(s.agreedAt(), agreedAt));
            sync.recompute(h, s.checklistId(), incidentId);
        });
    }

    /**
     * Enters (or clears, with null) the journalist's deadline on one media contact, or on every
     * contact of the case when {@code mediaContactId} is null; open steps are recomputed at once.
     */
    public void setJournalistDeadline(long incidentId, Long mediaContactId, Instant deadline, Actor actor) {
        jdbi.useTransaction(h -> {
            if (store.setJournalistDeadline(h, incidentId, mediaContactId, deadline) == 0) {
                throw new UserException("checklist.noMediaContact");
            }
            TimelineRows.insert(h, incidentId, clock.instant(), actor.name(), "JOURNALIST_DEADLINE", null,
                    deadline == null ? null : deadline.toString());
            audit.record(h, AuditEvent.of(actor, AuditActions.CHECKLIST_EDIT).on("media_contact", mediaContactId)
                    .inCase(incidentId).field("journalist_deadline").change(null, deadline));
            store.active(h, incidentId).ifPresent(head -> sync.recompute(h, head.id(), incidentId));
        });
    }

    /**
     * Records the final formal reply to one outlet (from the drafting workspace). When every
     * outlet has its reply, step 7 is completed.
     *
     * @return the status to offer (REPLIED) when this completed step 7
     */
    public Optional<String> recordOutletReply(long incidentId, long mediaContactId, String replyText, Actor actor) {
        return jdbi.inTransaction(h -> recordOutletReply(h, incidentId, mediaContactId, replyText, actor));
    }

    /** As {@link #recordOutletReply(long, long, String, Actor)}, inside the caller's transaction. */
    public Optional<String> recordOutletReply(Handle h, long incidentId, long mediaContactId, String replyText,
                                              Actor actor) {
        {
            Checklist c = store.loadActive(h, incidentId).orElseThrow(() -> new UserException("checklist.none"));
            OutletReply reply = c.outletReplies().stream().filter(r -> r.mediaContactId() == mediaContactId)
                    .findFirst().orElseThrow(() -> new UserException("checklist.noMediaContact"));
            Instant now = clock.instant();
            store.closeOutletReply(h, reply.id(), replyText, now, actor.name());
            TimelineRows.insert(h, incidentId, now, actor.name(), Step.REPLY, reply.outlet() + ":" + replyText,
                    "REPLIED");
            text(h, actor, "outlet_reply", reply.id(), incidentId, "reply", null, replyText);
            Step step = store.step(h, reply.stepId());
            boolean allDone = store.outletReplies(h, c.id()).stream().filter(r -> r.stepId() == step.id())
                    .allMatch(OutletReply::isDone);
            if (allDone && step.isOpen()) {
                Map<String, String> recorded = new LinkedHashMap<>();
                String field = step.recordFields().isEmpty() ? Step.REPLY : step.recordFields().get(0);
                recorded.put(field, replyText);
                store.close(h, step.id(), step.version(), StepState.DONE, now, actor.name(), recorded, null);
                TimelineRows.insert(h, incidentId, now, actor.name(), step.key(), Recorded.describe(recorded),
                        StepState.DONE.name());
                stepState(h, actor, AuditActions.STEP_COMPLETE, step, incidentId, StepState.DONE);
                return Optional.ofNullable(step.offersStatus());
            }
            sync.recompute(h, c.id(), incidentId);
            return Optional.<String>empty();
        }
    }

    /** True when the media checklist's step {@code key} is done or skipped (e.g. step 6 before a formal reply). */
    public boolean isStepClosed(Handle h, long incidentId, String key) {
        return store.loadActive(h, incidentId).map(c -> c.steps().stream().filter(s -> s.key().equals(key))
                .anyMatch(s -> !s.isOpen())).orElse(false);
    }

    /**
     * Records a final holding reply (暂复) on step 3. With the interview outline known (recorded on the
     * step or on a media contact) the step is completed as of now; otherwise it stays open and only
     * the timeline notes the reply, so the supervisor can still add the outline.
     *
     * @return true when step 3 was completed
     */
    public boolean recordHoldingReply(Handle h, long incidentId, String replyText, Actor actor) {
        Optional<Checklist> active = store.loadActive(h, incidentId);
        Optional<Step> step = active.flatMap(c -> c.steps().stream()
                .filter(s -> s.key().equals(Step.OUTLINE) && s.isOpen()).findFirst());
        Instant now = clock.instant();
        if (step.isEmpty()) {
            return false;
        }
        Step s = step.get();
        String outline = s.recorded().get(s.recordFields().get(0));
        if (outline == null || outline.isBlank()) {
            outline = store.contacts(h, incidentId).stream().map(MediaContactRow::interviewOutline)
                    .filter(o -> o != null && !o.isBlank()).findFirst().orElse(null);
        }
        if (outline == null || s.recordFields().size() < 2) {
            TimelineRows.insert(h, incidentId, now, actor.name(), s.key(), replyText, "HOLDING_REPLY");
            return false;
        }
        Map<String, String> recorded = new LinkedHashMap<>();
        recorded.put(s.recordFields().get(0), outline);
        recorded.put(s.recordFields().get(1), replyText);
        store.close(h, s.id(), s.version(), StepState.DONE, now, actor.name(), recorded, null);
        TimelineRows.insert(h, incidentId, now, actor.name(), s.key(), Recorded.describe(recorded),
                StepState.DONE.name());
        stepState(h, actor, AuditActions.STEP_COMPLETE, s, incidentId, StepState.DONE);
        text(h, actor, "checklist_step", s.id(), incidentId, s.key(), null, Recorded.describe(recorded));
        return true;
    }

    // ---- review (复盘) and the problem-solving window

    public Optional<Review> review(long incidentId) {
        return jdbi.withHandle(h -> reviews.review(h, incidentId));
    }

    /** Saves the review; {@code expectedVersion} is {@link Review#NEW} for the first one. */
    public Review saveReview(long incidentId, String whatHappened, String whatWorked, String whatToChange,
            int expectedVersion, Actor actor) {
        return jdbi.inTransaction(h -> {
            Instant now = clock.instant();
            reviews.save(h, incidentId, whatHappened, whatWorked, whatToChange, expectedVersion, now, actor.name());
            TimelineRows.insert(h, incidentId, now, actor.name(), "REVIEW", whatHappened, "SAVED");
            text(h, actor, "review", incidentId, incidentId, "review", null,
                    String.join("\n", String.valueOf(whatHappened), String.valueOf(whatWorked),
                            String.valueOf(whatToChange)));
            return reviews.review(h, incidentId).orElseThrow();
        });
    }

    public void addTrackNote(long incidentId, Track track, String body, Actor actor) {
        if (body == null || body.isBlank()) {
            throw new UserException("checklist.noteMissing");
        }
        jdbi.useTransaction(h -> {
            Instant now = clock.instant();
            reviews.addNote(h, incidentId, track, body.strip(), now, actor.name());
            TimelineRows.insert(h, incidentId, now, actor.name(), "TRACK." + track.name(), body.strip(), null);
            text(h, actor, "track_note", incidentId, incidentId, "track." + track.name(), null, body.strip());
        });
    }

    public ProblemWindow problemWindow(long incidentId) {
        return jdbi.withHandle(h -> {
            Instant publication = store.contacts(h, incidentId).stream().map(MediaContactRow::expectedPublication)
                    .filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
            List<TrackNote> notes = reviews.notes(h, incidentId);
            return new ProblemWindow(publication, notes.stream().filter(n -> n.track() == Track.CUSTOMER).toList(),
                    notes.stream().filter(n -> n.track() == Track.MEDIA).toList());
        });
    }

    // ----

    private Step openStep(Handle h, long stepId) {
        Step s = store.step(h, stepId);
        activeIncident(h, s);
        if (!s.isOpen()) {
            throw new UserException("checklist.stepNotOpen", s.title());
        }
        return s;
    }

    private long activeIncident(Handle h, Step s) {
        long incidentId = store.incidentOf(h, s.checklistId());
        boolean active = store.active(h, incidentId).map(head -> head.id() == s.checklistId()).orElse(false);
        if (!active) {
            throw new UserException("checklist.superseded", s.title());
        }
        return incidentId;
    }

    Clock clock() {
        return clock;
    }

    Jdbi jdbi() {
        return jdbi;
    }

    ChecklistSync sync() {
        return sync;
    }

    ChecklistStore store() {
        return store;
    }
}
