package org.crisisdesk.app.demo;

import java.util.List;
import org.crisisdesk.cases.CaseStatus;
import org.crisisdesk.cases.Honorific;
import org.crisisdesk.cases.MediaKind;
import org.crisisdesk.cases.Medium;
import org.crisisdesk.cases.Reach;
import org.crisisdesk.cases.Severity;

/**
 * One hand-written demo complaint from {@code scenarios.json}. {@code events} run in order, spread
 * over the case's life: plain text is a note, {@code >STATUS} a move, {@code @N} the N-th media
 * contact arriving, {@code !signs} ticking the undercover signs ({@code signs}: four 0/1 flags).
 */
public record Scenario(
        String title,
        String store,
        CaseStatus status,
        Severity severity,
        String channel,
        String category,
        String risk,
        double ageHours,
        Double spanHours,
        String customer,
        Honorific honorific,
        String phone,
        String responsible,
        String description,
        String signs,
        List<Media> media,
        List<String> events,
        String review) {

    public Scenario {
        media = media == null ? List.of() : List.copyOf(media);
        events = events == null ? List.of() : List.copyOf(events);
    }

    /** A journalist or outlet of the scenario; hours count from when the contact is received. */
    public record Media(
            String outlet,
            MediaKind kind,
            Medium medium,
            Reach reach,
            String journalist,
            String journalistPhone,
            String outline,
            Double deadlineHours,
            Double publicationHours) {
    }
}
