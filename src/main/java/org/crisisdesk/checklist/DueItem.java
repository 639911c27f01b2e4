package org.crisisdesk.checklist;

/** An open step due soon or overdue, with the case it belongs to (for the board's strip and alerts). */
public record DueItem(long incidentId, String caseNo, String caseTitle, Step step) {
}
