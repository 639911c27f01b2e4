package org.crisisdesk.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.util.List;

/**
 * The JSON shapes of {@code cases list --json} and {@code cases show --json}. Field names are
 * camelCase and stable; codes (e.g. {@code status}) sit next to their labels in the user's
 * language (e.g. {@code statusLabel}); times are ISO-8601 instants in UTC.
 */
final class CaseJson {
    private CaseJson() {
    }

    static ObjectMapper mapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .build();
    }

    record Row(String caseNo, String status, String statusLabel, String severity, String severityLabel,
               String store, String storeName, String title, String category, String categoryLabel,
               String customerName,
               String customerPhone, int mediaCount, String firstOutlet, String topReach, Instant discoveredAt,
               Instant updatedAt) {
    }

    record Detail(String caseNo, String title, String store, String storeName, String status, String statusLabel,
                  String severity, String severityLabel, String channel, String channelLabel, Instant discoveredAt,
                  String customerName, String honorific, String customerPhone, String category, String categoryLabel,
                  String riskType, String riskTypeLabel, String description, String responsible, Signs undercoverSigns,
                  Route escalation, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy,
                  Instant closedAt, int version, boolean personalDataMasked, List<Media> mediaContacts,
                  List<Entry> timeline, List<File> attachments) {
    }

    record Signs(boolean identityUnclear, boolean noEmotion, boolean oddMovement, boolean professional, int count,
                 boolean showsGuidance) {
    }

    record Route(String code, String name, String departments) {
    }

    record Media(String outlet, String kind, String kindLabel, String medium, String mediumLabel, String reach,
                 String reachLabel, String journalistName, String journalistPhone, String interviewOutline,
                 Instant receivedAt, Instant journalistDeadline, Instant expectedPublication) {
    }

    record Entry(Instant at, String author, String kind, String kindLabel, String field, String oldValue,
                 String newValue, String body, String text) {
    }

    record File(String name, long sizeBytes, String contentType, boolean personalData, String sha256, Instant addedAt,
                String addedBy) {
    }
}
