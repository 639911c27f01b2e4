package org.crisisdesk.checker;

import java.util.List;

/**
 * One finding of banned wording. {@code start} and {@code end} are UTF-16 offsets into the text
 * exactly as the user typed it (end exclusive), so an editor can underline what was written.
 *
 * @param kind the risk kind the rule belongs to (1..5 of DOMAIN.md, or a custom kind)
 */
public record Hit(int start, int end, String ruleId, String kind, Severity severity, String matchedText,
                  String reason, List<String> suggestions) {
    public Hit {
        suggestions = List.copyOf(suggestions);
    }
}
