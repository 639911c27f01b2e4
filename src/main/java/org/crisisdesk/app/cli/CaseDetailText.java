package org.crisisdesk.app.cli;

import org.crisisdesk.cases.wording.CaseLabels;
import org.crisisdesk.cases.wording.TimelineText;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.crisisdesk.common.Messages;

/** Prints {@code cases show} as text: the fields, then media contacts, timeline and attachments. */
final class CaseDetailText {
    private final CaseLabels l;
    private final Messages m;
    private final PrintWriter out;

    CaseDetailText(CaseLabels labels, PrintWriter out) {
        this.l = labels;
        this.m = labels.messages();
        this.out = out;
    }

    void print(CaseJson.Detail d) {
        out.println(d.caseNo() + "  " + d.title());
        field("cli.show.status", d.statusLabel());
        field("cli.show.severity", d.severityLabel() + " — " + m.get("severity." + d.severity() + ".meaning"));
        field("cli.show.store", d.store() + " " + d.storeName());
        field("cli.show.channel", d.channelLabel());
        field("cli.show.discovered", l.time(d.discoveredAt()));
        field("cli.show.customer", customer(d));
        field("cli.show.category", d.categoryLabel());
        field("cli.show.risk", d.riskTypeLabel());
        field("cli.show.responsible", d.responsible());
        field("cli.show.signs", signs(d.undercoverSigns()));
        if (d.undercoverSigns().showsGuidance()) {
            out.println("  " + m.get("undercover.guidance.title"));
            out.println("    " + m.get("undercover.guidance.reception"));
            out.println("    " + m.get("undercover.guidance.response"));
        }
        field("cli.show.escalation", d.escalation() == null ? null
                : d.escalation().name() + "(" + d.escalation().departments() + ")");
        field("cli.show.created", l.time(d.createdAt()) + " " + d.createdBy());
        field("cli.show.updated", l.time(d.updatedAt()) + " " + d.updatedBy());
        if (d.closedAt() != null) {
            field("cli.show.closed", l.time(d.closedAt()));
        }
        out.println(m.get("cli.show.description"));
        out.println(indent(d.description()));

        out.println();
        out.println(m.get("cli.show.media", d.mediaContacts().size()));
        for (CaseJson.Media c : d.mediaContacts()) {
            out.println("  " + String.join(" · ", c.outlet(), c.kindLabel(), c.mediumLabel(), c.reachLabel()));
            if (c.journalistName() != null || c.journalistPhone() != null) {
                out.println("    " + m.get("cli.show.journalist", join(c.journalistName(), c.journalistPhone())));
            }
            out.println("    " + m.get("cli.show.received", l.time(c.receivedAt()))
                    + (c.journalistDeadline() == null ? "" : "  " + m.get("cli.show.deadline", l.time(c.journalistDeadline())))
                    + (c.expectedPublication() == null ? ""
                            : "  " + m.get("cli.show.publication", l.time(c.expectedPublication()))));
            if (c.interviewOutline() != null) {
                out.println("    " + m.get("cli.show.outline", c.interviewOutline()));
            }
        }

        out.println();
        out.println(m.get("cli.show.timeline", d.timeline().size()));
        TextTable t = new TextTable("", "", "", "");
        for (CaseJson.Entry e : d.timeline()) {
            t.add(l.time(e.at()), e.author(), e.kindLabel(), e.text());
        }
        t.printBody(out, "  ");

        out.println();
        out.println(m.get("cli.show.attachments", d.attachments().size()));
        for (CaseJson.File f : d.attachments()) {
            out.println("  " + f.name() + "  " + size(f.sizeBytes()) + "  " + f.contentType()
                    + (f.personalData() ? "  [" + m.get("cli.show.personal") + "]" : "")
                    + "  " + l.time(f.addedAt()) + " " + f.addedBy());
        }
        if (d.personalDataMasked()) {
            out.println();
            out.println(m.get("cli.show.maskedHint"));
        }
    }

    private void field(String key, String value) {
        out.println(m.get(key) + ": " + (value == null || value.isBlank() ? "—" : value));
    }

    private String customer(CaseJson.Detail d) {
        List<String> parts = new ArrayList<>();
        if (d.customerName() != null) {
            parts.add(d.customerName() + ("UNKNOWN".equals(d.honorific()) ? "" : " " + l.label("honorific", d.honorific())));
        }
        if (d.customerPhone() != null) {
            parts.add(d.customerPhone());
        }
        return String.join(" · ", parts);
    }

    private String signs(CaseJson.Signs s) {
        List<String> ticked = new ArrayList<>();
        if (s.identityUnclear()) {
            ticked.add(m.get("cli.sign.identity"));
        }
        if (s.noEmotion()) {
            ticked.add(m.get("cli.sign.noEmotion"));
        }
        if (s.oddMovement()) {
            ticked.add(m.get("cli.sign.oddMovement"));
        }
        if (s.professional()) {
            ticked.add(m.get("cli.sign.professional"));
        }
        return s.count() + "/4" + (ticked.isEmpty() ? "" : " " + String.join("、", ticked));
    }

    private static String join(String a, String b) {
        return a == null ? b : b == null ? a : a + " · " + b;
    }

    private static String indent(String text) {
        return text == null ? "  —" : "  " + text.strip().replace("\n", "\n  ");
    }

    private static String size(long bytes) {
        return bytes < 1024 ? bytes + " B" : String.format("%.1f KB", bytes / 1024.0);
    }
}
