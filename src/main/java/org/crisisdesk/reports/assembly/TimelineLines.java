package org.crisisdesk.reports.assembly;

import java.util.ArrayList;
import java.util.List;

import org.crisisdesk.cases.TimelineEntry;
import org.crisisdesk.settings.RefItem;

/** Timeline entries as report lines: codes turned into labels. Masking happens later, on the whole report. */
final class TimelineLines {
    private static final String ARROW = " → ";
    private static final String NONE = "—";
    private final ReportLabels l;

    TimelineLines(ReportLabels labels) {
        this.l = labels;
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
            default -> generic(e);
        };
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
