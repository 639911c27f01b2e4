package org.crisisdesk.ui.casefile;

import org.crisisdesk.cases.TimelineEntry;
import org.crisisdesk.ui.common.Labels;

/** One timeline entry as a line of text: time, author, what happened. */
final class TimelineText {
    private TimelineText() {
    }

    static String line(TimelineEntry t, Labels labels) {
        String what = labels.get("timeline." + t.kind());
        String detail = switch (t.kind()) {
            case "FIELD" -> labels.get("field." + t.field()) + ":" + shorten(t.oldValue()) + " → " + shorten(t.newValue());
            case "STATUS" -> labels.get("status." + t.oldValue()) + " → " + labels.get("status." + t.newValue());
            case "CREATED" -> t.newValue() + " " + nz(t.body());
            default -> nz(t.newValue()) + (t.body() == null ? "" : "\n" + t.body());
        };
        return labels.time(t.at()) + "  " + t.author() + "  [" + what + "]  " + detail;
    }

    private static String shorten(String s) {
        if (s == null) {
            return "—";
        }
        return s.length() > 60 ? s.substring(0, 59) + "…" : s;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
