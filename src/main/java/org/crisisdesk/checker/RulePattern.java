package org.crisisdesk.checker;

import java.util.List;
import java.util.Objects;

/**
 * One pattern of a rule: ordered parts, each a set of alternative words, consecutive parts at most
 * {@code maxGap} normalised characters apart and all in one sentence. A literal is one part with
 * one word; a word set is one part with several.
 *
 * @param scope for an exception only: whether it cancels hits it overlaps or any hit in its sentence
 */
public record RulePattern(List<List<String>> parts, int maxGap, Scope scope) {
    /** The largest gap a pattern may allow between parts, in normalised characters. */
    public static final int MAX_GAP = 60;
    /** The gap used when a file leaves it out. */
    public static final int DEFAULT_GAP = 12;

    public enum Scope {
        OVERLAP, SENTENCE
    }

    public RulePattern {
        Objects.requireNonNull(parts, "parts");
        List<List<String>> copy = new java.util.ArrayList<>(parts.size());
        for (List<String> part : parts) {
            copy.add(List.copyOf(part));
        }
        parts = List.copyOf(copy);
        scope = scope == null ? Scope.OVERLAP : scope;
    }

    public static RulePattern literal(String phrase) {
        return new RulePattern(List.of(List.of(phrase)), 0, Scope.OVERLAP);
    }

    public static RulePattern anyOf(String... words) {
        return new RulePattern(List.of(List.of(words)), 0, Scope.OVERLAP);
    }

    public static RulePattern parts(int maxGap, List<List<String>> parts) {
        return new RulePattern(parts, maxGap, Scope.OVERLAP);
    }

    public RulePattern withScope(Scope newScope) {
        return new RulePattern(parts, maxGap, newScope);
    }

    public boolean isLiteral() {
        return parts.size() == 1 && parts.get(0).size() == 1;
    }

    public boolean isWordSet() {
        return parts.size() == 1 && parts.get(0).size() > 1;
    }
}
