package org.crisisdesk.app.demo;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.crisisdesk.app.Desk;
import org.crisisdesk.cases.CaseSummary;
import org.crisisdesk.checklist.ChecklistDemo;
import org.crisisdesk.checklist.ChecklistDemo.DemoState;
import org.crisisdesk.common.Actor;

/**
 * Running checklists in every state (on time, due soon, overdue, 待定, done) relative to now, on open
 * demo cases that have no media yet, so the board and its due-soon strip show each state at once.
 */
public final class DemoChecklists {
    private final Desk desk;

    public DemoChecklists(Desk desk) {
        this.desk = desk;
    }

    /** Seeds the states; returns the case numbers with their state for the console. */
    public List<String> seed(Actor actor) {
        ChecklistDemo demo = new ChecklistDemo(desk.checklists());
        Iterator<CaseSummary> candidates = desk.caseQueries().openCases().stream()
                .filter(c -> !c.hasMedia()).iterator();
        List<String> seeded = new ArrayList<>();
        for (DemoState state : List.of(DemoState.ON_TIME, DemoState.DUE_SOON, DemoState.OVERDUE, DemoState.PENDING,
                DemoState.DONE)) {
            if (!candidates.hasNext()) {
                break;
            }
            CaseSummary c = candidates.next();
            desk.database().jdbi().useTransaction(h -> demo.seed(h, c.id(), desk.clock().instant(), state, actor));
            seeded.add(c.caseNo() + " " + state.name());
        }
        return seeded;
    }
}
