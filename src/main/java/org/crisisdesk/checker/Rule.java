package org.crisisdesk.checker;

import java.util.List;
import java.util.Objects;

/**
 * A rule of banned wording, kept as data: what it finds ({@code patterns}, cancelled by
 * {@code exceptions}), why it is risky ({@code reason}, the 原因分析), what to write instead
 * ({@code suggestions}), and its own examples: sentences it must flag and sentences it must not.
 * The examples run whenever rules are loaded or edited.
 *
 * @param kind the risk kind: "1".."5" for DOMAIN.md's five kinds, or a custom kind
 */
public record Rule(String id, String kind, Severity severity, String reason, List<String> suggestions,
                   List<RulePattern> patterns, List<RulePattern> exceptions, List<String> mustFlag,
                   List<String> mustNotFlag) {
    public Rule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(reason, "reason");
        suggestions = List.copyOf(suggestions);
        patterns = List.copyOf(patterns);
        exceptions = exceptions == null ? List.of() : List.copyOf(exceptions);
        mustFlag = List.copyOf(mustFlag);
        mustNotFlag = mustNotFlag == null ? List.of() : List.copyOf(mustNotFlag);
    }

    public Rule withId(String newId) {
        return new Rule(newId, kind, severity, reason, suggestions, patterns, exceptions, mustFlag, mustNotFlag);
    }
}
