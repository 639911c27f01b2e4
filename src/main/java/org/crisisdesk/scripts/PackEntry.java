package org.crisisdesk.scripts;

import java.util.List;

/**
 * One script in a pack.
 *
 * @param approved whether headquarters approved it (the local checker still has the last word)
 * @param revision the pack's revision of this script; an older revision never replaces a newer one
 * @param updated when headquarters last changed it (ISO-8601 text, shown only)
 * @param line the line of the entry in the file, for messages (0 when built in code)
 */
public record PackEntry(String code, String title, Scenario scenario, List<String> tags, String body,
                        boolean approved, int revision, String updated, int line) {
    public PackEntry {
        tags = List.copyOf(tags);
    }

    /** Same wording as a local script (title, scenario, tags and text)? */
    public boolean sameContent(Script s) {
        return title.equals(s.title()) && scenario == s.scenario() && tags.equals(s.tags()) && body.equals(s.body());
    }
}
