package org.crisisdesk.scripts;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A script (话术) in the library.
 *
 * @param code stable identifier shared by every store (packs match on it)
 * @param stateReason why the script is a draft after an import (null otherwise)
 * @param locallyEdited edited at this desk since it was seeded or last imported; an import never overwrites it
 * @param version the row version, checked by every update
 */
public record Script(long id, String code, String title, Scenario scenario, List<String> tags, String body,
                     ScriptState state, String stateReason, boolean favourite, int usageCount, Origin origin,
                     boolean locallyEdited, Integer packRevision, String packUpdated, Instant approvedAt,
                     String approvedBy, Instant updatedAt, String updatedBy, int version) {
    public Script {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(state, "state");
        tags = List.copyOf(tags);
    }

    public boolean approved() {
        return state == ScriptState.APPROVED;
    }

    /** Tags as stored and edited: comma separated. */
    public String tagText() {
        return String.join(",", tags);
    }
}
