package org.crisisdesk.ui.casefile;

import org.crisisdesk.cases.TimelineEntry;
import org.crisisdesk.cases.wording.CaseLabels;
import org.crisisdesk.operators.PersonalDataMasker;
import org.crisisdesk.ui.common.Labels;

/**
 * One timeline entry as the case view shows it: time, author, what happened — worded like
 * {@code cases show} — with personal data masked until the case is revealed.
 */
final class TimelineText {
    private TimelineText() {
    }

    static String line(TimelineEntry t, Labels labels, CaseLabels wording, boolean masked) {
        TimelineEntry shown = masked ? masked(t) : t;
        String what = labels.get("timeline." + t.kind());
        String detail = wording == null ? String.valueOf(shown.newValue())
                : new org.crisisdesk.cases.wording.TimelineText(wording).describe(shown);
        return labels.time(t.at()) + "  " + t.author() + "  [" + what + "]  " + (detail == null ? "" : detail);
    }

    private static TimelineEntry masked(TimelineEntry t) {
        return new TimelineEntry(t.id(), t.incidentId(), t.at(), t.author(), t.kind(), t.field(),
                value(t.field(), t.oldValue()), value(t.field(), t.newValue()),
                t.body() == null ? null : PersonalDataMasker.freeText(t.body()));
    }

    private static String value(String field, String v) {
        if (v == null) {
            return null;
        }
        if ("CUSTOMER_NAME".equals(field)) {
            return PersonalDataMasker.name(v);
        }
        return "CUSTOMER_PHONE".equals(field) ? PersonalDataMasker.phone(v) : PersonalDataMasker.freeText(v);
    }
}
