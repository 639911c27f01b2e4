package org.crisisdesk.cases;

import java.util.HashMap;
import java.util.Map;

/** Reads a field off an incident and turns contacts into parameters and one-line summaries. */
final class FieldValues {
    private FieldValues() {
    }

    static Object of(Incident i, IncidentField f) {
        return switch (f) {
            case TITLE -> i.title();
            case STORE -> i.storeCode();
            case CHANNEL -> i.channel();
            case DISCOVERED_AT -> i.discoveredAt();
            case CUSTOMER_NAME -> i.customerName();
            case HONORIFIC -> i.honorific();
            case CUSTOMER_PHONE -> i.customerPhone();
            case CATEGORY -> i.category();
            case RISK_TYPE -> i.riskType();
            case DESCRIPTION -> i.description();
            case SEVERITY -> i.severity();
            case RESPONSIBLE -> i.responsible();
        };
    }

    static Map<String, Object> contactParams(NewMediaContact c) {
        Map<String, Object> p = new HashMap<>();
        p.put("outlet", c.outlet().strip());
        p.put("kind", c.kind().name());
        p.put("medium", c.medium().name());
        p.put("reach", c.reach().name());
        p.put("jname", CaseService.blankToNull(c.journalistName()));
        p.put("jphone", CaseService.blankToNull(c.journalistPhone()));
        p.put("outline", CaseService.blankToNull(c.interviewOutline()));
        p.put("deadline", c.journalistDeadline());
        p.put("publication", c.expectedPublication());
        p.put("received", c.receivedAt());
        return p;
    }

    /** A language-neutral summary stored on the timeline: outlet, kind, medium and reach codes. */
    static String contactLine(NewMediaContact c) {
        return c.outlet().strip() + " · " + c.kind() + " · " + c.medium() + " · " + c.reach();
    }

    static String contactLine(MediaContact c) {
        return c.outlet() + " · " + c.kind() + " · " + c.medium() + " · " + c.reach();
    }

    static String signsCode(UndercoverSigns s) {
        return (s.identityUnclear() ? "1" : "0") + (s.noEmotion() ? "1" : "0") + (s.oddMovement() ? "1" : "0")
                + (s.professional() ? "1" : "0");
    }
}
