package org.crisisdesk.scripts;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.crisisdesk.checker.Hit;
import org.crisisdesk.checker.PhraseChecker;
import org.crisisdesk.checker.Severity;
import org.crisisdesk.common.Actor;
import org.crisisdesk.common.AuditTrail;
import org.crisisdesk.common.UserException;
import org.crisisdesk.drafting.Placeholders;
import org.crisisdesk.drafting.TextDiff;
import org.crisisdesk.operators.AuditActions;
import org.crisisdesk.operators.Permissions;
import org.crisisdesk.operators.Permissions.Action;
import org.jdbi.v3.core.Jdbi;

/**
 * The script library: create and edit drafts, approve (a supervisor's act, refused while the
 * checker finds a 禁止 hit), retire, keep and restore versions, count uses. Every content change
 * writes a kept version in the same transaction. Thread-safe; call off the FX thread.
 */
public final class ScriptService {
    private final Jdbi jdbi;
    private final ScriptRepository repository = new ScriptRepository();
    private final Supplier<? extends PhraseChecker> checker;
    private final Clock clock;
    private final ScriptAudit audit;

    /** The outcome of a save: the script as stored and the unknown placeholders found in it. */
    public record Saved(Script script, List<String> unknownPlaceholders) {
    }

    /** @param checker the checker of the rules in use, e.g. {@code ruleService::checker} */
    public ScriptService(Jdbi jdbi, Supplier<? extends PhraseChecker> checker, Clock clock) {
        this(jdbi, checker, clock, AuditTrail.NONE);
    }

    /** @param audit receives every write (packs imported through {@link PackService} too) in its transaction */
    public ScriptService(Jdbi jdbi, Supplier<? extends PhraseChecker> checker, Clock clock, AuditTrail audit) {
        this.jdbi = Objects.requireNonNull(jdbi);
        this.checker = Objects.requireNonNull(checker);
        this.clock = Objects.requireNonNull(clock);
        this.audit = new ScriptAudit(audit);
    }

    ScriptAudit audit() {
        return audit;
    }

    /** Every script, grouped by scenario then title; the library filters this list in memory. */
    public List<Script> list() {
        return jdbi.withHandle(repository::findAll);
    }

    public Optional<Script> find(long id) {
        return jdbi.withHandle(h -> repository.find(h, id));
    }

    public Optional<Script> findByCode(String code) {
        return jdbi.withHandle(h -> repository.findByCode(h, code));
    }

    public List<ScriptVersion> versions(long scriptId) {
        return jdbi.withHandle(h -> repository.versions(h, scriptId));
    }

    /** The 禁止 hits of the current rules in a text. */
    public List<Hit> blockHits(String text) {
        return checker.get().check(text).stream().filter(h -> h.severity() == Severity.BLOCK).toList();
    }

    public PhraseChecker checker() {
        return checker.get();
    }

    /** A new draft written at this desk; unknown placeholders are saved but reported. */
    public Saved create(ScriptEdit edit, Actor actor) {
        Permissions.require(actor, Action.EDIT_SCRIPTS);
        validate(edit);
        Instant now = clock.instant();
        String code = "local-" + Long.toString(now.toEpochMilli(), 36) + "-"
                + Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36 * 36), 36);
        Script draft = new Script(0, code, edit.title(), edit.scenario(), edit.tags(), edit.body(), ScriptState.DRAFT,
                null, false, 0, Origin.LOCAL, true, null, null, null, null, now, actor.name(), 0);
        Script stored = jdbi.inTransaction(h -> {
            long id = repository.insert(h, draft);
            Script s = repository.find(h, id).orElseThrow();
            repository.insertVersion(h, s, ScriptVersion.Action.CREATE, now, actor.name());
            audit.record(h, actor, AuditActions.SCRIPT_CREATE, null, s);
            return s;
        });
        return new Saved(stored, Placeholders.findUnknown(stored.body()));
    }

    /** Saves an edit; an approved or retired script goes back to draft and needs approving again. */
    public Saved edit(long id, int expectedVersion, ScriptEdit edit, Actor actor) {
        Permissions.require(actor, Action.EDIT_SCRIPTS);
        validate(edit);
        Script stored = change(id, expectedVersion, actor, ScriptVersion.Action.EDIT, s -> new Script(s.id(), s.code(),
                edit.title(), edit.scenario(), edit.tags(), edit.body(), ScriptState.DRAFT, null, s.favourite(),
                s.usageCount(), s.origin(), true, s.packRevision(), s.packUpdated(), null, null, clock.instant(),
                actor.name(), s.version()));
        return new Saved(stored, Placeholders.findUnknown(stored.body()));
    }

    /**
     * Approves a script. Refused unless the actor is a supervisor, and refused while the checker
     * finds a 禁止 hit ({@code scripts.approve.blocked} names the wording) or an unknown placeholder.
     */
    public Script approve(long id, int expectedVersion, Actor actor) {
        Permissions.require(actor, Action.APPROVE_SCRIPT);
        return change(id, expectedVersion, actor, ScriptVersion.Action.APPROVE, s -> {
            List<Hit> blocks = blockHits(s.body() + "\n" + s.title());
            if (!blocks.isEmpty()) {
                Hit first = blocks.get(0);
                throw new UserException("scripts.approve.blocked", first.matchedText(), first.reason(), blocks.size());
            }
            List<String> unknown = Placeholders.findUnknown(s.body());
            if (!unknown.isEmpty()) {
                throw new UserException("scripts.approve.unknownPlaceholder", "{" + unknown.get(0) + "}");
            }
            Instant now = clock.instant();
            return new Script(s.id(), s.code(), s.title(), s.scenario(), s.tags(), s.body(), ScriptState.APPROVED,
                    null, s.favourite(), s.usageCount(), s.origin(), s.locallyEdited(), s.packRevision(),
                    s.packUpdated(), now, actor.name(), now, actor.name(), s.version());
        });
    }

    /** Retires a script: kept with its versions, no longer offered for insertion. */
    public Script retire(long id, int expectedVersion, Actor actor) {
        Permissions.require(actor, Action.EDIT_SCRIPTS);
        return change(id, expectedVersion, actor, ScriptVersion.Action.RETIRE, s -> new Script(s.id(), s.code(),
                s.title(), s.scenario(), s.tags(), s.body(), ScriptState.RETIRED, null, s.favourite(),
                s.usageCount(), s.origin(), s.locallyEdited(), s.packRevision(), s.packUpdated(), s.approvedAt(),
                s.approvedBy(), clock.instant(), actor.name(), s.version()));
    }

    /** Restores a kept version's title, tags and text as a new draft version. */
    public Script restore(long id, int expectedVersion, long versionId, Actor actor) {
        Permissions.require(actor, Action.EDIT_SCRIPTS);
        ScriptVersion v = versions(id).stream().filter(x -> x.id() == versionId).findFirst()
                .orElseThrow(() -> new UserException("scripts.version.notFound", versionId));
        return change(id, expectedVersion, actor, ScriptVersion.Action.RESTORE, s -> new Script(s.id(), s.code(),
                v.title(), s.scenario(), v.tags(), v.body(), ScriptState.DRAFT, null, s.favourite(), s.usageCount(),
                s.origin(), true, s.packRevision(), s.packUpdated(), null, null, clock.instant(), actor.name(),
                s.version()));
    }

    /** What changed from one text to another (older first), for the versions dialog. */
    public static List<TextDiff.Segment> compare(String older, String newer) {
        return TextDiff.diff(older, newer);
    }

    /** Marks or unmarks a favourite (desk bookkeeping: no version, no permission). */
    public void setFavourite(long id, boolean favourite) {
        jdbi.useHandle(h -> repository.setFavourite(h, id, favourite));
    }

    /** Counts one insertion of a script into a reply or the clipboard; false for an unknown code. */
    public boolean recordUse(String code) {
        return jdbi.withHandle(h -> repository.incrementUsage(h, code));
    }

    private interface Change {
        Script apply(Script current);
    }

    private Script change(long id, int expectedVersion, Actor actor, ScriptVersion.Action action, Change change) {
        return jdbi.inTransaction(h -> {
            Script current = repository.find(h, id).orElseThrow(() -> new UserException("scripts.notFound", id));
            if (current.version() != expectedVersion) {
                throw new UserException("scripts.stale", current.title(), current.updatedBy());
            }
            Script next = change.apply(current);
            if (!repository.update(h, next)) {
                throw new UserException("scripts.stale", current.title(), current.updatedBy());
            }
            Script stored = repository.find(h, id).orElseThrow();
            repository.insertVersion(h, stored, action, clock.instant(), actor.name());
            audit.record(h, actor, auditAction(action), current, stored);
            return stored;
        });
    }

    private static String auditAction(ScriptVersion.Action action) {
        return switch (action) {
            case APPROVE -> AuditActions.SCRIPT_APPROVE;
            case RETIRE -> AuditActions.SCRIPT_RETIRE;
            case IMPORT -> AuditActions.SCRIPT_IMPORT;
            case SEED, CREATE -> AuditActions.SCRIPT_CREATE;
            case EDIT, RESTORE -> AuditActions.SCRIPT_EDIT;
        };
    }

    private static void validate(ScriptEdit edit) {
        if (edit.title().isBlank()) {
            throw new UserException("scripts.title.required");
        }
        if (edit.body().isBlank()) {
            throw new UserException("scripts.body.required");
        }
    }
}
