package org.crisisdesk.reports;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * Everything one case report prints, already in display form (labels in the reader's language).
 * The report prints these strings as given: mask them first with {@link ReportMasking} when
 * {@code masked}. Optional parts may be null (or empty lists) and are then left out or shown as "—".
 *
 * @param masked prints a masked note in the header and leaves out attachments flagged as personal data
 */
public record CaseReport(Header header, String summary, String description, List<Person> customers,
                         List<MediaContact> mediaContacts, Undercover undercover, Escalation escalation,
                         List<StepRow> checklist, List<TimelineEntry> timeline, List<FinalReply> finalReplies,
                         String solution, String outcome, Review review, List<Attachment> attachments,
                         String auditChainHead, String preparedBy, ZoneId zone, boolean masked) {
    public CaseReport {
        Objects.requireNonNull(header, "header");
        customers = copy(customers);
        mediaContacts = copy(mediaContacts);
        checklist = copy(checklist);
        timeline = copy(timeline);
        finalReplies = copy(finalReplies);
        attachments = copy(attachments);
        zone = zone == null ? ZoneId.systemDefault() : zone;
    }

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    public CaseReport withMasked(boolean value) {
        return new CaseReport(header, summary, description, customers, mediaContacts, undercover, escalation,
                checklist, timeline, finalReplies, solution, outcome, review, attachments, auditChainHead,
                preparedBy, zone, value);
    }

    /**
     * @param severity label, e.g. 较大; {@code level} picks its colour
     * @param openedAt, closedAt may be null
     */
    public record Header(String company, String store, String caseNumber, String title, String severity,
                         SeverityLevel level, String status, String mediaReach, String category, String riskType,
                         Instant openedAt, Instant closedAt) {
        public Header {
            level = level == null ? SeverityLevel.MEDIUM : level;
        }
    }

    /** A customer (or other person on the customer side). */
    public record Person(String name, String phone, String note) {
    }

    /** One media contact: the outlet and the journalist, with their deadline if they gave one. */
    public record MediaContact(String outlet, String kind, String medium, String reach, String journalist,
                               String phone, Instant receivedAt, Instant deadline, String needs) {
    }

    /** The four signs of an undercover visit (暗访特征) and the guidance shown for them. */
    public record Undercover(boolean identityUnclear, boolean noEmotion, boolean oddBehaviour,
                             boolean professionalTalk, String guidance) {
        public boolean anySign() {
            return identityUnclear || noEmotion || oddBehaviour || professionalTalk;
        }
    }

    /** The escalation route (上报通道), the departments on it and when the report upward happened. */
    public record Escalation(String route, List<String> departments, Instant reportedAt, String note) {
        public Escalation {
            departments = copy(departments);
        }
    }

    public enum StepState {
        OPEN, DONE, SKIPPED
    }

    /**
     * One checklist step. {@code overdueBy} positive means late (done late, or open past its deadline);
     * null or zero means on time. {@code media}: a step of the media checklist (8 steps), not of the
     * general complaint flow.
     */
    public record StepRow(int stepNo, String title, Instant deadline, Instant doneAt, StepState state,
                          Duration overdueBy, String skippedReason, boolean media) {
        public StepRow {
            state = state == null ? StepState.OPEN : state;
        }

        /** A step of the media checklist. */
        public StepRow(int stepNo, String title, Instant deadline, Instant doneAt, StepState state,
                       Duration overdueBy, String skippedReason) {
            this(stepNo, title, deadline, doneAt, state, overdueBy, skippedReason, true);
        }

        public boolean overdue() {
            return overdueBy != null && overdueBy.compareTo(Duration.ZERO) > 0;
        }
    }

    /** @param kind a display label, e.g. 备注, 状态变更, 书面回复 */
    public record TimelineEntry(Instant at, String author, String kind, String text) {
    }

    /**
     * A final written reply with the phrase checker's result on it.
     *
     * @param blockHits hits of severity 禁止 (block), {@code warnHits} of 提醒 (warn)
     */
    public record FinalReply(String kind, String recipient, Instant at, String author, String text,
                             int blockHits, int warnHits) {
    }

    /** The review after closing (复盘). */
    public record Review(String whatHappened, String whatWorked, String whatToChange) {
    }

    /**
     * An attachment. {@code image} holds the file's bytes when it is an image to show as a thumbnail
     * (null otherwise); unreadable image bytes are listed like any other file.
     */
    public record Attachment(String name, long size, String sha256, String contentType, boolean personalData,
                             byte[] image) {
        public Attachment {
            image = image == null ? null : image.clone();
        }

        @Override
        public byte[] image() {
            return image == null ? null : image.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Attachment a && a.name.equals(name) && a.size == size
                    && Objects.equals(a.sha256, sha256) && Objects.equals(a.contentType, contentType)
                    && a.personalData == personalData && java.util.Arrays.equals(a.image, image);
        }

        @Override
        public int hashCode() {
            return Objects.hash(name, size, sha256, contentType, personalData) * 31
                    + java.util.Arrays.hashCode(image);
        }

        @Override
        public String toString() {
            return "Attachment[" + name + ", " + size + " B, " + sha256 + ", " + contentType
                    + (personalData ? ", personal" : "") + (image != null ? ", image" : "") + "]";
        }
    }
}
