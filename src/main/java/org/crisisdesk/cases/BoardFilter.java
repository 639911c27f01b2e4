package org.crisisdesk.cases;

import java.util.Locale;
import java.util.function.Predicate;

/** The board's filter bar: text, store, severity, media involved, status; null means "any". */
public record BoardFilter(String text, String storeCode, Severity severity, Boolean mediaInvolved, CaseStatus status)
        implements Predicate<CaseSummary> {
    public static final BoardFilter NONE = new BoardFilter(null, null, null, null, null);

    public String needle() {
        return text == null || text.isBlank() ? null : text.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean test(CaseSummary c) {
        String n = needle();
        return (n == null || c.searchText().contains(n) || c.caseNo().toLowerCase(Locale.ROOT).contains(n))
                && (storeCode == null || storeCode.equals(c.storeCode()))
                && (severity == null || severity == c.severity())
                && (mediaInvolved == null || mediaInvolved == c.hasMedia())
                && (status == null || status == c.status());
    }
}
