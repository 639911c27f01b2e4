package org.crisisdesk.drafting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.crisisdesk.checker.PhraseChecker;
import org.crisisdesk.common.Actor;
import org.crisisdesk.common.AuditEvent;
import org.crisisdesk.common.AuditTrail;
import org.crisisdesk.common.UserException;
import org.crisisdesk.operators.AuditActions;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Drafts of a case: create, autosave, keep versions, restore, and finalise onto the timeline.
 * Call off the FX thread. Autosaves never touch the timeline; finalising writes the text there
 * and tells the {@link FinalReplyListener} in the same transaction.
 */
public final class DraftService {
    /** Timeline kind of a final text; {@code field} carries the draft kind. */
    public static final String TIMELINE_FINAL = "FINAL_REPLY";
    /** Timeline kind of a supervisor's override; {@code body} carries the written reason. */
    public static final String TIMELINE_OVERRIDE = "FINAL_OVERRIDE";
    /** Keep at most one autosave snapshot per minute ... */
    static final Duration SNAPSHOT_INTERVAL = Duration.ofMinutes(1);
    /** ... or per this many saves, whichever comes first. */
    static final int SNAPSHOT_EVERY_SAVES = 30;

    private final Jdbi jdbi;
    private final Clock clock;
    private final FinalReplyListener listener;
    private final DraftRepository repo = new DraftRepository();
    private final AuditTrail audit;

    public DraftService(Jdbi jdbi, Clock clock, FinalReplyListener listener) {
        this(jdbi, clock, listener, AuditTrail.NONE);
    }

    public DraftService(Jdbi jdbi, Clock clock, FinalReplyListener listener, AuditTrail audit) {
        this.jdbi = Objects.requireNonNull(jdbi);
        this.clock = Objects.requireNonNull(clock);
        this.listener = Objects.requireNonNull(listener);
        this.audit = Objects.requireNonNull(audit);
    }

    private static AuditEvent event(Actor actor, String action, long draftId, long incidentId) {
        return AuditEvent.of(actor, action).on("draft", draftId).inCase(incidentId);
    }

    public Draft create(long incidentId, DraftKind kind, String title, Long mediaContactId, String text, Actor actor) {
        String t = title == null || title.isBlank() ? kind.name() : title.strip();
        return jdbi.inTransaction(h -> {
            Instant now = clock.instant();
            long id = repo.insert(h, incidentId, kind, t, kind.toOutlet() ? mediaContactId : null,
                    text == null ? "" : text, now, actor.name());
            if (text != null && !text.isEmpty()) {
                repo.insertVersion(h, id, 0, text, DraftVersion.Reason.CREATED, now, actor.name());
            }
            audit.record(h, event(actor, AuditActions.DRAFT_CREATE, id, incidentId).field("kind").change(null, kind));
            return load(h, id);
        });
    }

    public List<Draft> list(long incidentId) {
        return jdbi.withHandle(h -> repo.listByIncident(h, incidentId));
    }

    public Draft get(long draftId) {
        return jdbi.withHandle(h -> load(h, draftId));
    }

    /**
     * The autosave: stores the latest text in place; keeps a snapshot when the last one is a
     * minute old or {@value #SNAPSHOT_EVERY_SAVES} saves behind. Unchanged text is not written.
     * The audit log gets a save only with a kept snapshot (at most about once a minute per draft),
     * not every autosave a second apart, so typing does not flood the chain.
     */
    public Draft saveText(long draftId, String text, Actor actor) {
        return jdbi.inTransaction(h -> {
            Draft d = load(h, draftId);
            if (d.isFinal()) {
                throw new UserException("drafting.alreadyFinal", d.title());
            }
            if (d.text().equals(text)) {
                return d;
            }
            Instant now = clock.instant();
            if (!repo.updateText(h, draftId, d.version(), text, now, actor.name())) {
                throw new UserException("drafting.conflict", d.title());
            }
            int rev = d.version() + 1;
            boolean keep = repo.latestVersion(h, draftId)
                    .map(v -> !v.savedAt().plus(SNAPSHOT_INTERVAL).isAfter(now) || rev - v.draftRev() >= SNAPSHOT_EVERY_SAVES)
                    .orElse(true);
            if (keep) {
                repo.insertVersion(h, draftId, rev, text, DraftVersion.Reason.AUTOSAVE, now, actor.name());
                audit.record(h, event(actor, AuditActions.DRAFT_SAVE, draftId, d.incidentId()).field("text")
                        .textChange(d.text(), text));
            }
            return load(h, draftId);
        });
    }

    public Draft rename(long draftId, String title, Actor actor) {
        return jdbi.inTransaction(h -> {
            Draft d = load(h, draftId);
            if (title == null || title.isBlank()) {
                throw new UserException("drafting.titleRequired");
            }
            if (!repo.updateTitle(h, draftId, d.version(), title.strip(), clock.instant(), actor.name())) {
                throw new UserException("drafting.conflict", d.title());
            }
            audit.record(h, event(actor, AuditActions.DRAFT_RENAME, draftId, d.incidentId()).field("title")
                    .textChange(d.title(), title.strip()));
            return load(h, draftId);
        });
    }

    /** Kept versions, newest first. */
    public List<DraftVersion> versions(long draftId) {
        return jdbi.withHandle(h -> repo.versions(h, draftId));
    }

    /** Puts an earlier version back; the text it replaces is kept as a version first. */
    public Draft restore(long draftId, long versionId, Actor actor) {
        return jdbi.inTransaction(h -> {
            Draft d = load(h, draftId);
            if (d.isFinal()) {
                throw new UserException("drafting.alreadyFinal", d.title());
            }
            DraftVersion v = repo.findVersion(h, versionId).filter(x -> x.draftId() == draftId)
                    .orElseThrow(() -> new UserException("drafting.versionNotFound", versionId));
            Instant now = clock.instant();
            snapshotIfChanged(h, d, DraftVersion.Reason.BEFORE_RESTORE, now, actor);
            if (!d.text().equals(v.text()) && !repo.updateText(h, draftId, d.version(), v.text(), now, actor.name())) {
                throw new UserException("drafting.conflict", d.title());
            }
            audit.record(h, event(actor, AuditActions.DRAFT_RESTORE, draftId, d.incidentId()).field("text")
                    .textChange(d.text(), v.text()));
            return load(h, draftId);
        });
    }

    /** Finalises the stored text (flush the autosave first); refused while anything blocks it. */
    public Draft markFinal(long draftId, Actor actor, PhraseChecker checker) {
        return finalise(draftId, actor, checker, null);
    }

    /** A supervisor finalises despite blockers; the written reason goes on the timeline. */
    public Draft markFinalWithOverride(long draftId, Actor actor, PhraseChecker checker, String reason) {
        if (actor.role() != Actor.Role.SUPERVISOR) {
            throw new UserException("drafting.override.notSupervisor", actor.name());
        }
        if (reason == null || reason.isBlank()) {
            throw new UserException("drafting.override.reasonRequired");
        }
        return finalise(draftId, actor, checker, reason.strip());
    }

    private Draft finalise(long draftId, Actor actor, PhraseChecker checker, String overrideReason) {
        return jdbi.inTransaction(h -> {
            Draft d = load(h, draftId);
            if (d.isFinal()) {
                throw new UserException("drafting.alreadyFinal", d.title());
            }
            if (d.text().isBlank()) {
                throw new UserException("drafting.final.empty");
            }
            FinalBlockers blockers = FinalBlockers.of(d.text(), checker);
            if (overrideReason == null && !blockers.isEmpty()) {
                throw blockers.toException();
            }
            Instant now = clock.instant();
            snapshotIfChanged(h, d, DraftVersion.Reason.BEFORE_FINAL, now, actor);
            if (!repo.markFinal(h, draftId, d.version(), now, actor.name(), overrideReason)) {
                throw new UserException("drafting.conflict", d.title());
            }
            repo.insertTimeline(h, d.incidentId(), now, actor.name(), TIMELINE_FINAL, d.kind().name(), d.title(), d.text());
            if (overrideReason != null) {
                repo.insertTimeline(h, d.incidentId(), now, actor.name(), TIMELINE_OVERRIDE, d.kind().name(),
                        blockers.summary(), overrideReason);
                audit.record(h, event(actor, AuditActions.DRAFT_OVERRIDE, draftId, d.incidentId()).field("reason")
                        .textChange(null, overrideReason));
            }
            audit.record(h, event(actor, AuditActions.DRAFT_FINAL, draftId, d.incidentId()).field("state")
                    .change(d.state(), DraftState.FINAL));
            Draft done = load(h, draftId);
            listener.onFinal(h, done, actor);
            return done;
        });
    }

    private void snapshotIfChanged(Handle h, Draft d, DraftVersion.Reason reason, Instant now, Actor actor) {
        boolean same = repo.latestVersion(h, d.id()).map(v -> v.text().equals(d.text())).orElse(d.text().isEmpty());
        if (!same) {
            repo.insertVersion(h, d.id(), d.version(), d.text(), reason, now, actor.name());
        }
    }

    private Draft load(Handle h, long draftId) {
        return repo.find(h, draftId).orElseThrow(() -> new UserException("drafting.notFound", draftId));
    }
}
