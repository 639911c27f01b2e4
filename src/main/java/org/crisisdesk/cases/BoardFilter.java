package org.crisisdesk.cases;

import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The board's filter bar: text, store, severity, media involved, status; null means "any". The text
 * matches the case number and {@link CaseSummary#searchText()}, which holds no personal data; cases
 * in {@code personalMatches} match it too: those {@link PersonalDataSearch} found for an operator
 * who may reveal personal data (empty for everyone else).
 */
public record BoardFilter(String text, String storeCode, Severity severity, Boolean mediaInvolved, CaseStatus status,
                          Set<Long> personalMatches) implements Predicate<CaseSummary> {
    public static final BoardFilter NONE = new BoardFilter(null, null, null, null, null);

    public BoardFilter {
        personalMatches = personalMatches == null ? Set.of() : Set.copyOf(personalMatches);
    }

    /** A filter without personal matches: what anyone may search. */
    public BoardFilter(String text, String storeCode, Severity severity, Boolean mediaInvolved, CaseStatus status) {
        this(text, storeCode, severity, mediaInvolved, status, Set.of());
    }

    public String needle() {
        return text == null || text.isBlank() ? null : text.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean test(CaseSummary c) {
        String n = needle();
        return (n == null || c.searchText().contains(n) || c.caseNo().toLowerCase(Locale.ROOT).contains(n)
                || personalMatches.contains(c.id()))
                && (storeCode == null || storeCode.equals(c.storeCode()))
                && (severity == null || severity == c.severity())
                && (mediaInvolved == null || mediaInvolved == c.hasMedia())
                && (status == null || status == c.status());
    }
}
