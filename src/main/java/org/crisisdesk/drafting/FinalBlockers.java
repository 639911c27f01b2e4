package org.crisisdesk.drafting;

import java.util.List;
import java.util.stream.Collectors;
import org.crisisdesk.checker.Hit;
import org.crisisdesk.checker.PhraseChecker;
import org.crisisdesk.checker.Severity;
import org.crisisdesk.common.UserException;

/**
 * What keeps a text from becoming final: 禁止 hits, known placeholders left unfilled, and unknown
 * {名} tokens (a reply must never go out with braces in it).
 */
public record FinalBlockers(List<Hit> blockHits, List<Placeholder> unfilled, List<String> unknown) {
    public FinalBlockers {
        blockHits = List.copyOf(blockHits);
        unfilled = List.copyOf(unfilled);
        unknown = List.copyOf(unknown);
    }

    public static FinalBlockers of(String text, PhraseChecker checker) {
        List<Hit> blocks = checker.check(text).stream().filter(h -> h.severity() == Severity.BLOCK).toList();
        return new FinalBlockers(blocks, Placeholders.findUnfilled(text), Placeholders.findUnknown(text));
    }

    public boolean isEmpty() {
        return blockHits.isEmpty() && unfilled.isEmpty() && unknown.isEmpty();
    }

    /** The blocked phrases, each once, joined with 、 (e.g. 私单、退不了). */
    public String phrases() {
        return blockHits.stream().map(Hit::matchedText).distinct().collect(Collectors.joining("、"));
    }

    /** The placeholders left, as written: {承诺时间}、{门店}. */
    public String placeholders() {
        return java.util.stream.Stream.concat(unfilled.stream().map(Placeholder::token), unknown.stream().map(n -> "{" + n + "}"))
                .collect(Collectors.joining("、"));
    }

    /**
     * The refusal naming the reason: {@code drafting.final.blockedHits} (count, phrases),
     * {@code drafting.final.blockedPlaceholders} (placeholders) or {@code drafting.final.blockedBoth}
     * (count, phrases, placeholders).
     */
    public UserException toException() {
        boolean hits = !blockHits.isEmpty();
        boolean holes = !unfilled.isEmpty() || !unknown.isEmpty();
        if (hits && holes) {
            return new UserException("drafting.final.blockedBoth", blockHits.size(), phrases(), placeholders());
        }
        if (hits) {
            return new UserException("drafting.final.blockedHits", blockHits.size(), phrases());
        }
        return new UserException("drafting.final.blockedPlaceholders", placeholders());
    }

    /** A one-line account for the timeline when a supervisor overrides. */
    public String summary() {
        String s = "禁止用语 " + blockHits.size() + (blockHits.isEmpty() ? "" : "(" + phrases() + ")")
                + ";未填占位符 " + (unfilled.size() + unknown.size())
                + (unfilled.isEmpty() && unknown.isEmpty() ? "" : "(" + placeholders() + ")");
        return s.length() > 4000 ? s.substring(0, 4000) : s;
    }
}
