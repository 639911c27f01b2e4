package org.crisisdesk.scripts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/** What a user types when creating or editing a script. */
public record ScriptEdit(String title, Scenario scenario, List<String> tags, String body) {
    public ScriptEdit {
        Objects.requireNonNull(scenario, "scenario");
        title = title == null ? "" : title.strip();
        body = body == null ? "" : body;
        tags = List.copyOf(tags);
    }

    /** Tags from a comma-separated text (ASCII or full-width commas, 、 too), trimmed, each once. */
    public static List<String> parseTags(String text) {
        if (text == null) {
            return List.of();
        }
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String t : text.split("[,，、;；]")) {
            if (!t.isBlank()) {
                out.add(t.strip());
            }
        }
        return new ArrayList<>(out);
    }
}
