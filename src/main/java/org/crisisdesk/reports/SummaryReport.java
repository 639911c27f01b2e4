package org.crisisdesk.reports;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * A period summary over many cases, already counted and in display form.
 *
 * @param store the store's name, or null for all stores
 * @param averageFirstReply average from media contact to first written reply; null when no case had one
 * @param firstReplySamples how many cases the average is over
 */
public record SummaryReport(String company, LocalDate from, LocalDate to, String store, ZoneId zone,
                            List<Count> byStatus, List<Count> byCategory, List<Count> byRiskType,
                            List<Count> bySeverity, List<Count> byMediaReach, List<StepShare> stepOnTime,
                            Duration averageFirstReply, int firstReplySamples, List<CaseLine> cases,
                            String preparedBy) {
    public SummaryReport {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        zone = zone == null ? ZoneId.systemDefault() : zone;
        byStatus = CaseReport.copy(byStatus);
        byCategory = CaseReport.copy(byCategory);
        byRiskType = CaseReport.copy(byRiskType);
        bySeverity = CaseReport.copy(bySeverity);
        byMediaReach = CaseReport.copy(byMediaReach);
        stepOnTime = CaseReport.copy(stepOnTime);
        cases = CaseReport.copy(cases);
    }

    public record Count(String label, int count) {
    }

    /** Of {@code done} completed instances of a step, {@code onTime} met their deadline. */
    public record StepShare(int stepNo, String title, int done, int onTime) {
        /** 0..1, or NaN when the step was never done. */
        public double share() {
            return done == 0 ? Double.NaN : (double) onTime / done;
        }
    }

    /** One case in the list; {@code firstReply} null when no written reply was sent. */
    public record CaseLine(String caseNumber, String store, Instant openedAt, String title, String category,
                           String severity, SeverityLevel level, String status, String mediaReach,
                           Duration firstReply, int overdueSteps) {
    }
}
