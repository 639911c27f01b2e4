package org.crisisdesk.reports.assembly;

import java.util.List;

import org.crisisdesk.cases.MediaContact;
import org.crisisdesk.cases.Reach;

/** A case's media reach: the widest reach over its contacts (national before provincial before local), or none. */
record Reachish(Reach top) {
    static Reachish of(List<MediaContact> contacts) {
        return new Reachish(contacts.stream().map(MediaContact::reach).filter(r -> r != null)
                .min(Enum::compareTo).orElse(null));
    }

    /** 全国性 · 省级 · 地方性, or 无媒体. */
    String label(ReportLabels l) {
        return top == null ? l.get("report.reach.none") : l.label("reach", top);
    }
}
