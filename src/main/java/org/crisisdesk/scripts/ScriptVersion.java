package org.crisisdesk.scripts;

import java.time.Instant;
import java.util.List;

/** A kept version of a script: what it said, in which state, who saved it and when. */
public record ScriptVersion(long id, long scriptId, int number, String title, List<String> tags, String body,
                            ScriptState state, Action action, Instant savedAt, String savedBy) {
    public ScriptVersion {
        tags = List.copyOf(tags);
    }

    /** What made the version. */
    public enum Action {
        SEED, CREATE, EDIT, APPROVE, RETIRE, RESTORE, IMPORT;

        public String labelKey() {
            return "scripts.action." + name();
        }
    }
}
