package org.crisisdesk.cases;

import java.time.Instant;

/** What the intake form collects to open a case. Media contacts are added with {@link NewMediaContact}. */
public record NewIncident(
        String storeCode,
        String title,
        String channel,
        Instant discoveredAt,
        String customerName,
        Honorific honorific,
        String customerPhone,
        String category,
        String riskType,
        String description,
        Severity severity,
        String responsible,
        UndercoverSigns signs) {
}
