package org.crisisdesk.cases;

import java.time.Instant;
import java.util.Locale;
import org.crisisdesk.operators.PersonalDataMasker;

/**
 * What the board shows of a case: a light row without the timeline. {@code searchText} is the
 * lower-cased title, masked description and outlets, so the text filter runs in memory and never
 * matches personal data (see {@link PersonalDataSearch} for that).
 */
public record CaseSummary(
        long id,
        String caseNo,
        String title,
        String storeCode,
        CaseStatus status,
        Severity severity,
        Instant discoveredAt,
        Instant updatedAt,
        String customerName,
        String customerPhone,
        String category,
        int mediaCount,
        String firstOutlet,
        Reach topReach,
        String searchText,
        int version) {

    public boolean hasMedia() {
        return mediaCount > 0;
    }

    /** The title as the board shows it: a phone or ID number typed into it is masked like free text. */
    public String shownTitle() {
        return PersonalDataMasker.freeText(title);
    }

    /**
     * What the board's text filter may match for anyone, viewers included: title and description as
     * the desk shows them (numbers masked) and outlets. Names and phones are left out on purpose.
     */
    static String searchText(String title, String description, String outlets) {
        StringBuilder b = new StringBuilder();
        for (String part : new String[] {PersonalDataMasker.freeText(title), PersonalDataMasker.freeText(description),
                outlets}) {
            if (part != null) {
                b.append(part).append('\n');
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }
}
