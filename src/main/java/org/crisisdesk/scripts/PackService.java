package org.crisisdesk.scripts;

import java.io.Reader;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.crisisdesk.checker.Hit;
import org.crisisdesk.common.Actor;
import org.crisisdesk.drafting.Placeholders;
import org.crisisdesk.operators.AuditActions;
import org.crisisdesk.operators.Permissions;
import org.crisisdesk.operators.Permissions.Action;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Script packs that headquarters distributes: export a selection or all; import as parse → plan →
 * (preview) → apply, all or nothing. A script edited here is never overwritten (reported as a
 * conflict); an imported script is approved only if the pack says so and the local checker finds
 * no 禁止 hit in it.
 */
public final class PackService {
    private final Jdbi jdbi;
    private final ScriptService scripts;
    private final ScriptRepository repository = new ScriptRepository();
    private final Clock clock;

    public PackService(Jdbi jdbi, ScriptService scripts, Clock clock) {
        this.jdbi = jdbi;
        this.scripts = scripts;
        this.clock = clock;
    }

    /** The pack file of the given scripts (all of them when {@code ids} is null). */
    public String export(Collection<Long> ids) {
        List<PackEntry> entries = scripts.list().stream()
                .filter(s -> ids == null || ids.contains(s.id()))
                .map(PackJson::entryOf).toList();
        return PackJson.write(entries, clock.instant());
    }

    /** Parses a pack and plans its import against the library; writes nothing. */
    public ImportPlan plan(Reader pack) {
        List<PackEntry> entries = PackJson.read(pack);
        return jdbi.withHandle(h -> plan(h, entries, Set.of()));
    }

    public ImportPlan plan(List<PackEntry> entries) {
        return plan(entries, Set.of());
    }

    /** As {@link #plan(List)}; conflicts whose code is in {@code takePack} become updates (the user chose the pack's text). */
    public ImportPlan plan(List<PackEntry> entries, Set<String> takePack) {
        return jdbi.withHandle(h -> plan(h, entries, takePack));
    }

    /**
     * Applies a pack in one transaction, planning again inside it so that the result matches the
     * library at that moment.
     *
     * @return the plan that was applied
     */
    public ImportPlan apply(List<PackEntry> entries, Actor actor) {
        return apply(entries, Set.of(), actor);
    }

    /**
     * As {@link #apply(List, Actor)}, but the scripts whose codes are in {@code takePack} take the
     * pack's text even though they were edited here: the user's explicit choice, never a default.
     * The local text stays in the kept versions.
     */
    public ImportPlan apply(List<PackEntry> entries, Set<String> takePack, Actor actor) {
        Permissions.require(actor, Action.IMPORT_SCRIPT_PACK);
        return jdbi.inTransaction(h -> {
            ImportPlan plan = plan(h, entries, takePack);
            Instant now = clock.instant();
            for (ImportPlan.Item item : plan.items()) {
                if (item.writes()) {
                    write(h, item, now, actor);
                }
            }
            return plan;
        });
    }

    private ImportPlan plan(Handle h, List<PackEntry> entries, Set<String> takePack) {
        Map<String, Script> local = repository.findAll(h).stream()
                .collect(Collectors.toMap(Script::code, Function.identity()));
        List<ImportPlan.Item> items = new ArrayList<>();
        for (PackEntry e : entries) {
            Script s = local.get(e.code());
            ImportPlan.Kind kind;
            if (s == null) {
                kind = ImportPlan.Kind.NEW;
            } else if (e.sameContent(s)) {
                kind = ImportPlan.Kind.UNCHANGED;
            } else if (s.locallyEdited() && !takePack.contains(e.code())) {
                kind = ImportPlan.Kind.CONFLICT;
            } else if (s.packRevision() != null && e.revision() < s.packRevision()) {
                kind = ImportPlan.Kind.UNCHANGED; // an older pack never rolls a script back
            } else {
                kind = ImportPlan.Kind.UPDATED;
            }
            String reason = null;
            ScriptState arriving = null;
            if (kind == ImportPlan.Kind.NEW || kind == ImportPlan.Kind.UPDATED) {
                reason = draftReason(e);
                arriving = reason == null ? ScriptState.APPROVED : ScriptState.DRAFT;
            }
            items.add(new ImportPlan.Item(kind, e, s, arriving, reason));
        }
        return new ImportPlan(items);
    }

    /** Why the entry cannot arrive approved, or null when it can. */
    private String draftReason(PackEntry e) {
        if (!e.approved()) {
            return Reasons.encode("scripts.reason.packDraft");
        }
        List<Hit> blocks = scripts.blockHits(e.body() + "\n" + e.title());
        if (!blocks.isEmpty()) {
            return Reasons.encode("scripts.reason.blocked", blocks.get(0).matchedText(),
                    String.valueOf(blocks.get(0).reason()));
        }
        List<String> unknown = Placeholders.findUnknown(e.body());
        if (!unknown.isEmpty()) {
            return Reasons.encode("scripts.reason.unknownPlaceholder", "{" + unknown.get(0) + "}");
        }
        return null;
    }

    private void write(Handle h, ImportPlan.Item item, Instant now, Actor actor) {
        PackEntry e = item.entry();
        boolean approved = item.arrivingState() == ScriptState.APPROVED;
        Script local = item.local();
        Script next = new Script(local == null ? 0 : local.id(), e.code(), e.title(), e.scenario(), e.tags(), e.body(),
                item.arrivingState(), item.draftReason(), local != null && local.favourite(),
                local == null ? 0 : local.usageCount(), Origin.PACK, false, e.revision(), e.updated(),
                approved ? now : null, approved ? actor.name() : null, now, actor.name(),
                local == null ? 0 : local.version());
        long id;
        if (local == null) {
            id = repository.insert(h, next);
        } else {
            if (!repository.update(h, next)) {
                throw new org.crisisdesk.common.UserException("scripts.stale", local.title(), local.updatedBy());
            }
            id = local.id();
        }
        Script stored = repository.find(h, id).orElseThrow();
        repository.insertVersion(h, stored, ScriptVersion.Action.IMPORT, now, actor.name());
        scripts.audit().record(h, actor, AuditActions.SCRIPT_IMPORT, local, stored);
    }
}
