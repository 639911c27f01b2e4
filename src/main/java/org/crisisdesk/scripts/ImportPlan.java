package org.crisisdesk.scripts;

import java.util.List;

/** What importing a pack would do, script by script, before anything is written. */
public record ImportPlan(List<Item> items) {
    public ImportPlan {
        items = List.copyOf(items);
    }

    public enum Kind {
        /** Not in the library yet. */
        NEW,
        /** In the library, unedited here, and the pack's wording differs. */
        UPDATED,
        /** Edited here since it was seeded or imported: the local text is kept and the conflict reported. */
        CONFLICT,
        /** Same wording, or an older revision than the one already imported. */
        UNCHANGED;

        public String labelKey() {
            return "scripts.plan." + name();
        }
    }

    /**
     * @param local the script in the library, null for NEW
     * @param arrivingState the state the script will have after import (NEW and UPDATED only)
     * @param draftReason why it arrives as a draft ({@link Reasons} encoded), or null
     */
    public record Item(Kind kind, PackEntry entry, Script local, ScriptState arrivingState, String draftReason) {
        public boolean writes() {
            return kind == Kind.NEW || kind == Kind.UPDATED;
        }
    }

    public long count(Kind kind) {
        return items.stream().filter(i -> i.kind() == kind).count();
    }

    public List<Item> of(Kind kind) {
        return items.stream().filter(i -> i.kind() == kind).toList();
    }

    public boolean changesAnything() {
        return items.stream().anyMatch(Item::writes);
    }
}
