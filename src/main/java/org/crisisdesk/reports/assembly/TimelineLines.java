package org.crisisdesk.reports.assembly;

import java.util.ArrayList;
import java.util.List;

import org.crisisdesk.cases.TimelineEntry;
import org.crisisdesk.settings.RefItem;

/** Timeline entries as report lines: codes turned into labels. Masking happens later, on the whole report. */
final class TimelineLines {
    private static final String ARROW = " → ";
    private static final String NONE = "—";
    private static final java.time.format.DateTimeFormatter TIME =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final ReportLabels l;
    private final java.util.Map<String, String> stepTitles;
    private final java.time.ZoneId zone;

    /** @param stepTitles checklist step titles by step key, for the checklist's entries */
    TimelineLines(ReportLabels labels, java.util.Map<String, String> stepTitles, java.time.ZoneId zone) {
        this.l = labels;
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

    String describe(TimelineEntry e) {
        String kind = e.kind() == null ? "" : e.kind();
        return switch (kind) {
            case "FIELD" -> l.label("field", e.field()) + ": " + value(e.field(), e.oldValue()) + ARROW
                    + value(e.field(), e.newValue());
            case "STATUS" -> l.label("status", e.oldValue()) + ARROW + l.label("status", e.newValue());
            case "NOTE" -> e.body();
            case "MEDIA" -> e.oldValue() == null ? contact(e.newValue())
                    : contact(e.oldValue()) + ARROW + contact(e.newValue());
            case "SIGNS" -> e.oldValue() + "/4" + ARROW + e.newValue() + "/4";
            case "CHECKLIST" -> checklist(e);
            default -> generic(e);
        };
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

    private String value(String field, String v) {
        if (v == null) {
            return NONE;
        }
        return switch (field == null ? "" : field) {
            case "SEVERITY" -> l.label("severity", v);
            case "HONORIFIC" -> l.label("honorific", v);
            case "CHANNEL" -> l.ref(RefItem.CHANNEL, v);
            case "CATEGORY" -> l.ref(RefItem.CATEGORY, v);
            case "RISK_TYPE" -> l.ref(RefItem.RISK_TYPE, v);
            case "STORE" -> l.store(v);
            default -> v;
        };
    }

    /** Contacts are stored as "outlet · KIND · MEDIUM · REACH". */
    private String contact(String line) {
        if (line == null) {
            return NONE;
        }
        String[] p = line.split(" · ");
        if (p.length != 4) {
            return line;
        }
        return String.join(" · ", p[0], l.label("mediaKind", p[1]), l.label("medium", p[2]), l.label("reach", p[3]));
    }

    private static String generic(TimelineEntry e) {
        List<String> parts = new ArrayList<>();
        if (e.newValue() != null && !e.newValue().isBlank()) {
            parts.add(e.newValue());
        }
        if (e.body() != null && !e.body().isBlank()) {
            parts.add(e.body());
        }
        return parts.isEmpty() ? NONE : String.join(" · ", parts);
    }
}
