package org.crisisdesk.checklist;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A running checklist on a case: its steps in order and, on the media checklist, step 7's
 * replies per outlet.
 */
public record Checklist(long id, long incidentId, String templateCode, boolean active, Instant clockStart,
        int routeLevel, List<Step> steps, List<OutletReply> outletReplies) {
    public static final String MEDIA = "MEDIA";
    public static final String GENERAL = "GENERAL";

    public Checklist {
        steps = List.copyOf(steps);
        outletReplies = List.copyOf(outletReplies);
    }

    public boolean isMedia() {
        return MEDIA.equals(templateCode);
    }

    /**
     * The current step: the open step with the earliest deadline; when every open step is
     * 待定, the first of them; empty when nothing is open.
     */
    public Optional<Step> currentStep() {
        return currentOf(steps);
    }

    static Optional<Step> currentOf(List<Step> steps) {
        Optional<Step> timed = steps.stream().filter(s -> s.isOpen() && s.deadline() != null)
                .min(Comparator.comparing(Step::deadline).thenComparingInt(Step::stepNo));
        if (timed.isPresent()) {
            return timed;
        }
        return steps.stream().filter(Step::isOpen).min(Comparator.comparingInt(Step::stepNo));
    }

    public Optional<Step> step(String key) {
        return steps.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    public Optional<Step> stepById(long stepId) {
        return steps.stream().filter(s -> s.id() == stepId).findFirst();
    }
}
