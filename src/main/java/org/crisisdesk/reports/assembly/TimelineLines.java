package org.crisisdesk.reports.assembly;

import java.util.ArrayList;
import java.util.List;

import org.crisisdesk.cases.TimelineEntry;
import org.crisisdesk.cases.wording.TimelineText;

/**
 * Timeline entries as report lines, worded as the case view words them ({@link TimelineText}) except
 * the checklist's, which name the step and its deadlines. Masking happens later, on the whole report.
 */
final class TimelineLines {
    private static final String NONE = "—";
    private static final java.time.format.DateTimeFormatter TIME =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final ReportLabels l;
    private final TimelineText text;
    private final java.util.Map<String, String> stepTitles;
    private final java.time.ZoneId zone;

    /** @param stepTitles checklist step titles by step key, for the checklist's entries */
    TimelineLines(ReportLabels labels, java.util.Map<String, String> stepTitles, java.time.ZoneId zone) {
        this.l = labels;
        this.text = new TimelineText(labels.caseLabels());
        this.stepTitles = stepTitles;
        this.zone = zone;
    }

    List<org.crisisdesk.reports.CaseReport.TimelineEntry> lines(List<TimelineEntry> entries) {
        List<org.crisisdesk.reports.CaseReport.TimelineEntry> out = new ArrayList<>(entries.size());
        for (TimelineEntry e : entries) {
            out.add(new org.crisisdesk.reports.CaseReport.TimelineEntry(e.at(), e.author(), l.label("timeline", e.kind()),
                    describe(e)));
        }
        return out;
    }

    /** As the case view words it, except the checklist's entries, which a report spells out. */
    String describe(TimelineEntry e) {
        return "CHECKLIST".equals(e.kind()) ? checklist(e) : text.describe(e);
    }

    /** Entries the checklist writes: field = step key (or CHECKLIST, REVIEW, ...), new value = state. */
    private String checklist(TimelineEntry e) {
        String field = e.field() == null ? "" : e.field();
        String body = e.body() == null || e.body().isBlank() ? null : e.body();
        if (field.equals("CHECKLIST")) {
            return l.get("report.timeline.started", l.label("report.template", body));
        }
        if (field.endsWith(".AGREED_AT") || field.equals("JOURNALIST_DEADLINE")) {
            String what = field.equals("JOURNALIST_DEADLINE") ? l.get("report.timeline.deadline")
                    : l.get("report.timeline.agreedAt", title(field.substring(0, field.length() - ".AGREED_AT".length())));
            return what + ": " + time(e.newValue());
        }
        if (field.equals("REVIEW")) {
            return join(l.get("report.timeline.review"), body);
        }
        if (field.startsWith("TRACK.")) {
            return body == null ? NONE : body;
        }
        String state = e.newValue() == null ? null : l.label("report.timeline.state", e.newValue());
        return join(title(field) + (state == null ? "" : " · " + state), body);
    }

    private String title(String key) {
        return stepTitles.getOrDefault(key, key);
    }

    private String time(String iso) {
        if (iso == null) {
            return NONE;
        }
        try {
            return TIME.format(java.time.Instant.parse(iso).atZone(zone));
        } catch (java.time.format.DateTimeParseException ex) {
            return iso;
        }
    }

    private static String join(String a, String b) {
        return b == null ? a : a + ":" + b;
    }
}
