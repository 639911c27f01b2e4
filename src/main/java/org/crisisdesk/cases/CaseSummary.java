package org.crisisdesk.cases;

import java.time.Instant;
import java.util.Locale;

/**
 * What the board shows of a case: a light row without the timeline. {@code searchText} is the
 * lower-cased title, description, customer and outlets, so the text filter runs in memory.
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

    static String searchText(String title, String description, String customer, String outlets) {
        StringBuilder b = new StringBuilder();
        for (String part : new String[] {title, description, customer, outlets}) {
            if (part != null) {
                b.append(part).append('\n');
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }
}
