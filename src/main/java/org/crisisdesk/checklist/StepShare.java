package org.crisisdesk.checklist;

/**
 * On-time share of one template step over a period (summary report): of the steps done,
 * how many were done by their deadline.
 */
public record StepShare(String templateCode, int stepNo, String stepKey, String title, int done, int onTime,
        int skipped, int open) {
    /** onTime / done, or NaN when none was done. */
    public double onTimeShare() {
        return done == 0 ? Double.NaN : (double) onTime / done;
    }
}
