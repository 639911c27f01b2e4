package org.crisisdesk.ui.shell;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crisisdesk.cases.CaseStatus;
import org.crisisdesk.cases.CaseSummary;
import org.crisisdesk.cases.Reach;
import org.crisisdesk.cases.Severity;
import org.crisisdesk.checklist.DeadlineRule;
import org.crisisdesk.checklist.Step;
import org.crisisdesk.checklist.StepState;
import org.crisisdesk.ui.common.Labels;

/**
 * Cards that are not cases, for a workspace that waits hidden behind the sign-in screen: laid out
 * once there, they have JavaFX load, compile and style every kind of card (each severity, with and
 * without media, with a countdown) before the first real board needs one. Never shown; they carry
 * no case data, only the board's own words (so their text is measured with the bundled CJK font).
 */
final class WarmUpCards {
    /** About a screenful per column, as on a busy day. */
    private static final int PER_COLUMN = 10;

    private WarmUpCards() {
    }

    static List<CaseSummary> cards(Labels labels, Instant now) {
        List<CaseSummary> cards = new ArrayList<>();
        long id = -1;
        for (CaseStatus status : CaseStatus.values()) {
            for (int i = 0; i < PER_COLUMN; i++, id--) {
                Severity severity = Severity.values()[i % Severity.values().length];
                Reach reach = i % 3 == 2 ? null : Reach.values()[i % Reach.values().length];
                String words = labels.get(status.labelKey()) + " " + labels.of(severity);
                cards.add(new CaseSummary(id, "WARM-" + (-id), words, "", status, severity,
                        now.minus(Duration.ofHours(i)), now, null, null, null, reach == null ? 0 : 1 + i % 2,
                        reach == null ? null : labels.of(reach), reach, words, 0));
            }
        }
        return cards;
    }

    /** A current step with a countdown for most cards, as the checklist gives real open cases. */
    static Map<Long, Step> steps(List<CaseSummary> cards, Labels labels, Instant now) {
        Map<Long, Step> steps = new HashMap<>();
        for (CaseSummary c : cards) {
            if (c.id() % 4 == 0) {
                continue;
            }
            Duration left = Duration.ofMinutes(c.id() % 2 == 0 ? -20 : 25); // one overdue, one running
            steps.put(c.id(), new Step(c.id(), c.id(), 2, "WARM", labels.get(c.status().labelKey()), "", "", "",
                    List.of(), DeadlineRule.offset(Duration.ofMinutes(30)), null, StepState.OPEN,
                    now.minus(Duration.ofMinutes(30)), now.plus(left), null, null, null, Map.of(), null, 0));
        }
        return steps;
    }
}
