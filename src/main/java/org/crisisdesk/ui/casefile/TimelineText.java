package org.crisisdesk.ui.casefile;

import org.crisisdesk.cases.TimelineEntry;
import org.crisisdesk.operators.PersonalDataMasker;
import org.crisisdesk.ui.common.Labels;

/** One timeline entry as a line of text: time, author, what happened. */
final class TimelineText {
    private TimelineText() {
    }

    /** @param masked personal data and numbers in free text masked, as before a reveal */
    static String line(TimelineEntry t, Labels labels, boolean masked) {
        String what = labels.get("timeline." + t.kind());
        String detail = switch (t.kind()) {
            case "FIELD" -> labels.get("field." + t.field()) + ":" + shorten(value(t, t.oldValue(), masked)) + " → "
                    + shorten(value(t, t.newValue(), masked));
            case "STATUS" -> labels.get("status." + t.oldValue()) + " → " + labels.get("status." + t.newValue());
            case "CREATED" -> t.newValue() + " " + nz(t.body());
            default -> nz(t.newValue()) + (t.body() == null ? "" : "\n" + t.body());
        };
        String line = labels.time(t.at()) + "  " + t.author() + "  [" + what + "]  " + detail;
        return masked ? PersonalDataMasker.freeText(line) : line;
    }

    private static String value(TimelineEntry t, String v, boolean masked) {
        if (!masked || v == null) {
            return v;
        }
        if ("CUSTOMER_NAME".equals(t.field())) {
            return PersonalDataMasker.name(v);
        }
        return "CUSTOMER_PHONE".equals(t.field()) ? PersonalDataMasker.phone(v) : v;
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
