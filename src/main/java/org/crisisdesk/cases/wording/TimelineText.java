package org.crisisdesk.cases.wording;

import java.util.ArrayList;
import java.util.List;
import org.crisisdesk.cases.TimelineEntry;

/** One line of text for a timeline entry, with codes turned into labels. Personal values arrive masked. */
public final class TimelineText {
    private static final String ARROW = " → ";
    private static final String NONE = "—";
    private final CaseLabels l;

    public TimelineText(CaseLabels labels) {
        this.l = labels;
    }

    public String describe(TimelineEntry e) {
        return switch (e.kind()) {
            case "CREATED" -> join(e.newValue(), e.body());
            case "FIELD" -> l.label("field", e.field()) + ": " + value(e.field(), e.oldValue()) + ARROW
                    + value(e.field(), e.newValue());
            case "STATUS" -> l.label("status", e.oldValue()) + ARROW + l.label("status", e.newValue());
            case "NOTE" -> e.body();
            case "MEDIA" -> e.oldValue() == null ? contact(e.newValue())
                    : contact(e.oldValue()) + ARROW + contact(e.newValue());
            case "ATTACHMENT" -> "personalData".equals(e.field())
                    ? attachmentName(e.oldValue()) + ": " + l.messages().get(Boolean.parseBoolean(e.newValue())
                            ? "cli.show.personal" : "cli.show.notPersonal")
                    : attachmentName(e.newValue());
            case "SIGNS" -> e.oldValue() + "/4" + ARROW + e.newValue() + "/4";
            case "CHECKLIST" -> checklist(e);
            case "FINAL_REPLY", "FINAL_OVERRIDE" -> join(labelOr("draftKind", e.field()) + " · " + nz(e.newValue()),
                    e.body() == null ? null : "\n" + e.body());
            default -> generic(e);
        };
    }

    /** Retention removes the name of an erased personal attachment from its entries. */
    private String attachmentName(String name) {
        return name == null ? l.messages().get("attachment.erased") : name;
    }

    private String value(String field, String v) {
        if (v == null) {
            return NONE;
        }
        return switch (field) {
            case "SEVERITY" -> l.label("severity", v);
            case "HONORIFIC" -> l.label("honorific", v);
            case "CHANNEL" -> l.ref("CHANNEL", v);
            case "CATEGORY" -> l.ref("CATEGORY", v);
            case "RISK_TYPE" -> l.ref("RISK_TYPE", v);
            case "STORE" -> l.storeName(v);
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

    /** Checklist entries: field = step key (or CHECKLIST, REVIEW, …), new value = what happened to it. */
    private String checklist(TimelineEntry e) {
        String step = labelOr("timeline.step", e.field());
        String state = labelOr("timeline.state", e.newValue());
        // a checklist's start names its template by code (GENERAL, MEDIA): show its name
        String body = "CHECKLIST".equals(e.field()) && e.body() != null ? labelOr("report.template", e.body()) : e.body();
        return join(step + " · " + state, body == null ? null : "\n" + body);
    }

    private String labelOr(String prefix, String code) {
        if (code == null) {
            return NONE;
        }
        String key = prefix + "." + code;
        return l.messages().has(key) ? l.messages().get(key) : code;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String generic(TimelineEntry e) {
        List<String> parts = new ArrayList<>();
        if (e.field() != null) {
            parts.add(e.field() + ":");
        }
        if (e.oldValue() != null || e.newValue() != null) {
            parts.add((e.oldValue() == null ? NONE : e.oldValue()) + ARROW + (e.newValue() == null ? NONE : e.newValue()));
        }
        if (e.body() != null) {
            parts.add(e.body());
        }
        return String.join(" ", parts);
    }

    private static String join(String a, String b) {
        return (a == null ? "" : a) + (b == null ? "" : " " + b);
    }
}
