package org.crisisdesk.drafting;

import java.util.Objects;

/**
 * An approved script (话术) that can be inserted into a draft.
 *
 * @param scenario when to use it, shown next to the title
 * @param body the text with {名} placeholders
 */
public record ScriptSnippet(String id, String title, String scenario, String body) {
    public ScriptSnippet {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        scenario = scenario == null ? "" : scenario;
    }
}
