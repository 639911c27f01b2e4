package org.crisisdesk.cases;

import java.time.Instant;

/** One incident (案件) as stored. Immutable: edits go through {@link CaseService}. */
public record Incident(
        long id,
        String caseNo,
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
        CaseStatus status,
        Severity severity,
        String responsible,
        UndercoverSigns signs,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy,
        Instant closedAt,
        int version) {
}
