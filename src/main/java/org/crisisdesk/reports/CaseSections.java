package org.crisisdesk.reports;

import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.crisisdesk.reports.CaseReport.Attachment;
import org.crisisdesk.reports.CaseReport.StepRow;
import org.crisisdesk.reports.pdf.Composer;
import org.crisisdesk.reports.pdf.Style;
import org.crisisdesk.reports.pdf.Table;
import org.crisisdesk.reports.pdf.Table.Cell;
import org.crisisdesk.reports.pdf.Table.Column;
import org.crisisdesk.reports.pdf.Table.Row;
import org.crisisdesk.reports.pdf.Thumbnails;

/** Lays out the sections of one case report in order; empty optional sections are left out. */
final class CaseSections {
    private static final float LABEL = 92f;
    private final Composer c;
    private final CaseReport r;
    private final ReportText t;

    CaseSections(Composer c, CaseReport r, ReportText t) {
        this.c = c;
        this.r = r;
        this.t = t;
    }

    void render() {
        titleBlock();
        overview();
        text("report.section.summary", r.summary());
        text("report.section.description", r.description());
        contacts();
        undercover();
        escalation();
        checklist();
        timeline();
        replies();
        solution();
        review();
        new AttachmentSection(c, r, t).render();
        audit();
        signOff();
    }

    private void titleBlock() {
        CaseReport.Header h = r.header();
        c.paragraph(t.get("report.case.title"), Style.SMALL.withColor(Style.MUTED));
        c.paragraph(t.or(h.title()), Style.TITLE);
        List<String> sub = new ArrayList<>();
        for (String s : new String[] {h.company(), h.store(), h.caseNumber()}) {
            if (ReportText.present(s)) {
                sub.add(s);
            }
        }
        if (!sub.isEmpty()) {
            c.paragraph(String.join("  ·  ", sub), Style.BODY.withColor(Style.MUTED));
        }
        c.space(6f);
        c.ensure(20f);
        float x = c.left();
        float top = c.y();
        if (ReportText.present(h.severity())) {
            x += c.badge(h.severity(), x, top, CaseReportPdf.severityColor(h.level()), java.awt.Color.WHITE) + 6f;
        }
        if (ReportText.present(h.status())) {
            x += c.badge(h.status(), x, top, Style.HEADER_FILL, Style.NAVY) + 6f;
        }
        if (ReportText.present(h.mediaReach())) {
            c.badge(h.mediaReach(), x, top, Style.AMBER_FILL, Style.AMBER);
        }
        c.advance(22f);
        if (r.masked()) {
            List<String> lines = c.lines(t.get("report.masked"), Style.SMALL, c.width() - 16f);
            float height = lines.size() * Style.SMALL.leading() + 8f;
            c.ensure(height);
            c.fillRect(c.left(), c.y() - height, c.width(), height, Style.AMBER_FILL);
            float lineTop = c.y() - 4f;
            for (String line : lines) {
                c.text(line, c.left() + 8f, Composer.baseline(lineTop, Style.SMALL), Style.SMALL.withColor(Style.AMBER));
                lineTop -= Style.SMALL.leading();
            }
            c.advance(height + 4f);
        }
    }

    private void overview() {
        CaseReport.Header h = r.header();
        c.heading(t.get("report.section.overview"), Style.H1);
        List<String[]> pairs = new ArrayList<>();
        pairs.add(kv("report.field.caseNumber", h.caseNumber()));
        pairs.add(kv("report.field.store", h.store()));
        pairs.add(kv("report.field.severity", h.severity()));
        pairs.add(kv("report.field.status", h.status()));
        pairs.add(kv("report.field.category", h.category()));
        pairs.add(kv("report.field.riskType", h.riskType()));
        pairs.add(kv("report.field.reach", h.mediaReach()));
        pairs.add(new String[] {t.get("report.field.openedAt"), t.time(h.openedAt())});
        if (h.closedAt() != null) {
            pairs.add(new String[] {t.get("report.field.closedAt"), t.time(h.closedAt())});
        }
        c.keyValueGrid(pairs, 2, 80f);
    }

    private String[] kv(String key, String value) {
        return new String[] {t.get(key), t.or(value)};
    }

    private void text(String headingKey, String body) {
        if (ReportText.present(body)) {
            c.heading(t.get(headingKey), Style.H1);
            c.paragraph(body, Style.BODY);
        }
    }

    private void contacts() {
        if (r.customers().isEmpty() && r.mediaContacts().isEmpty()) {
            return;
        }
        c.heading(t.get("report.section.contacts"), Style.H1);
        if (!r.customers().isEmpty()) {
            c.heading(t.get("report.section.customers"), Style.H2);
            List<Row> rows = new ArrayList<>();
            for (CaseReport.Person p : r.customers()) {
                rows.add(Row.of(t.or(p.name()), t.or(p.phone()), t.or(p.note())));
            }
            c.table(new Table(List.of(col("report.field.name", 1.2f), col("report.field.phone", 1.4f),
                    col("report.field.note", 4f)), rows));
        }
        if (!r.mediaContacts().isEmpty()) {
            c.heading(t.get("report.section.media"), Style.H2);
            List<Row> rows = new ArrayList<>();
            for (CaseReport.MediaContact m : r.mediaContacts()) {
                rows.add(Row.of(t.or(m.outlet()), join(" · ", m.kind(), m.medium(), m.reach()),
                        join("\n", m.journalist(), m.phone()),
                        t.time(m.receivedAt()) + (m.deadline() == null ? "" : "\n→ " + t.time(m.deadline())),
                        t.or(m.needs())));
            }
            c.table(new Table(List.of(col("report.field.outlet", 1.3f), col("report.field.kind", 1.5f),
                    col("report.field.journalist", 1.4f), new Column(t.get("report.field.receivedAt") + " / "
                            + t.get("report.field.deadline"), 1.8f), col("report.field.needs", 2.2f)), rows));
        }
    }

    private void undercover() {
        CaseReport.Undercover u = r.undercover();
        if (u == null) {
            return;
        }
        c.heading(t.get("report.section.undercover"), Style.H1);
        boolean[] ticks = {u.identityUnclear(), u.noEmotion(), u.oddBehaviour(), u.professionalTalk()};
        String[] keys = {"identityUnclear", "noEmotion", "oddBehaviour", "professionalTalk"};
        c.ensure(Style.BODY.leading() * 3);
        float colWidth = c.width() / 4;
        for (int i = 0; i < 4; i++) {
            float x = c.left() + i * colWidth;
            c.checkBox(x, c.y() - 3f, ticks[i]);
            Style st = ticks[i] ? Style.BODY.withBold(true) : Style.BODY.withColor(Style.MUTED);
            c.text(c.fonts().clean(t.get("report.undercover." + keys[i])), x + 14f,
                    Composer.baseline(c.y(), Style.BODY), st);
        }
        c.advance(Style.BODY.leading() + 4f);
        String guidance = u.anySign() ? u.guidance() : t.get("report.undercover.none");
        if (ReportText.present(guidance)) {
            c.keyValues(List.<String[]>of(new String[] {t.get("report.undercover.guidance"), guidance}), LABEL);
        }
    }

    private void escalation() {
        CaseReport.Escalation e = r.escalation();
        if (e == null) {
            return;
        }
        c.heading(t.get("report.section.escalation"), Style.H1);
        List<String[]> pairs = new ArrayList<>();
        pairs.add(kv("report.field.route", e.route()));
        pairs.add(kv("report.field.departments", e.departments().isEmpty() ? null : String.join("、", e.departments())));
        pairs.add(new String[] {t.get("report.field.reportedAt"), t.time(e.reportedAt())});
        if (ReportText.present(e.note())) {
            pairs.add(kv("report.field.note", e.note()));
        }
        c.keyValues(pairs, LABEL);
    }

    private void checklist() {
        if (r.checklist().isEmpty()) {
            return;
        }
        boolean media = r.checklist().stream().anyMatch(StepRow::media);
        c.heading(t.get(media ? "report.section.checklist" : "report.section.checklistGeneral"), Style.H1);
        List<Row> rows = new ArrayList<>();
        for (StepRow s : r.checklist()) {
            Cell result;
            java.awt.Color fill = null;
            if (s.state() == CaseReport.StepState.SKIPPED) {
                result = new Cell(t.get("report.step.skipped", t.or(s.skippedReason())), Style.MUTED, false);
            } else if (s.overdue()) {
                String key = s.state() == CaseReport.StepState.DONE ? "report.step.late" : "report.step.overdue";
                result = new Cell(t.get(key, t.duration(s.overdueBy())), Style.RED, true);
                fill = Style.RED_FILL;
            } else if (s.state() == CaseReport.StepState.DONE) {
                result = new Cell(t.get("report.step.onTime"), Style.GREEN, true);
            } else {
                result = new Cell(t.get("report.step.open"), Style.AMBER, false);
            }
            rows.add(new Row(List.of(Cell.of(String.valueOf(s.stepNo())), Cell.of(t.or(s.title())),
                    Cell.of(t.time(s.deadline())), Cell.of(t.time(s.doneAt())), result), fill));
        }
        c.table(new Table(List.of(col("report.col.step", 0.6f), col("report.col.title", 3.4f),
                col("report.col.deadline", 1.6f), col("report.col.doneAt", 1.6f), col("report.col.result", 1.6f)),
                rows));
    }

    private void timeline() {
        if (r.timeline().isEmpty()) {
            return;
        }
        c.heading(t.get("report.section.timeline"), Style.H1);
        List<Row> rows = new ArrayList<>(r.timeline().size());
        for (CaseReport.TimelineEntry e : r.timeline()) {
            rows.add(Row.of(t.time(e.at()), t.or(e.author()), t.or(e.kind()), t.or(e.text())));
        }
        c.table(new Table(List.of(col("report.col.time", 1.6f), col("report.col.author", 1.1f),
                col("report.col.kind", 1.0f), col("report.col.content", 5f)), rows));
    }

    private void replies() {
        if (r.finalReplies().isEmpty()) {
            return;
        }
        c.ensure(Style.H1.leading() + 12f + Style.H2.leading() + 8f + 22f + Style.BODY.leading() * 3);
        c.heading(t.get("report.section.replies"), Style.H1);
        for (CaseReport.FinalReply f : r.finalReplies()) {
            c.ensure(Style.H2.leading() + 8f + 22f + Style.BODY.leading() * 3); // heading, badge, first lines
            c.heading(join(" → ", f.kind(), f.recipient()), Style.H2);
            boolean clean = f.blockHits() == 0 && f.warnHits() == 0;
            c.ensure(22f + Style.BODY.leading() * 2);
            java.awt.Color fill = clean ? Style.GREEN_FILL : f.blockHits() > 0 ? Style.RED_FILL : Style.AMBER_FILL;
            java.awt.Color ink = clean ? Style.GREEN : f.blockHits() > 0 ? Style.RED : Style.AMBER;
            String check = t.get("report.field.check") + ":" + (clean ? t.get("report.check.clean")
                    : t.get("report.check.hits", f.blockHits(), f.warnHits()));
            float w = c.badge(check, c.left(), c.y(), fill, ink);
            String meta = t.get("report.field.sentAt") + " " + t.time(f.at()) + "  ·  " + t.get("report.field.author")
                    + " " + t.or(f.author());
            c.text(c.fonts().clean(meta), c.left() + w + 10f, Composer.baseline(c.y(), new Style(9f, false,
                    Style.MUTED, 16f)), Style.SMALL.withColor(Style.MUTED));
            c.advance(20f);
            c.space(4f);
            c.quote(t.or(f.text()), Style.BODY);
            c.space(6f);
        }
    }

    private void solution() {
        if (!ReportText.present(r.solution()) && !ReportText.present(r.outcome())) {
            return;
        }
        c.heading(t.get("report.section.solution"), Style.H1);
        c.keyValues(List.of(kv("report.field.solution", r.solution()), kv("report.field.outcome", r.outcome())), LABEL);
    }

    private void review() {
        CaseReport.Review v = r.review();
        if (v == null) {
            return;
        }
        c.heading(t.get("report.section.review"), Style.H1);
        c.keyValues(List.of(kv("report.field.whatHappened", v.whatHappened()),
                kv("report.field.whatWorked", v.whatWorked()), kv("report.field.whatToChange", v.whatToChange())),
                LABEL);
    }

    private void audit() {
        if (!ReportText.present(r.auditChainHead())) {
            return;
        }
        c.heading(t.get("report.section.audit"), Style.H1);
        c.keyValues(List.<String[]>of(kv("report.field.chainHead", r.auditChainHead())), LABEL);
    }

    private void signOff() {
        c.ensure(110f);
        c.heading(t.get("report.section.signoff"), Style.H1);
        c.space(18f);
        float colWidth = c.width() / 3;
        String[] labels = {t.get("report.signoff.preparedBy"), t.get("report.signoff.reviewedBy"),
                t.get("report.signoff.date")};
        String[] values = {r.preparedBy(), null, null};
        float base = Composer.baseline(c.y(), Style.BODY);
        for (int i = 0; i < 3; i++) {
            float x = c.left() + i * colWidth;
            String label = c.fonts().clean(labels[i]) + ":";
            c.text(label, x, base, Style.LABEL);
            float lx = x + c.fonts().width(label, false, Style.LABEL.size()) + 4f;
            c.line(lx, base - 3f, x + colWidth - 16f, base - 3f, Style.TEXT, 0.6f);
            if (ReportText.present(values[i])) {
                c.text(c.fonts().clean(values[i]), lx + 4f, base + 1f, Style.BODY);
            }
        }
        c.advance(Style.BODY.leading() + 8f);
    }

    private Column col(String key, float weight) {
        return new Column(t.get(key), weight);
    }

    private String join(String sep, String... parts) {
        List<String> present = new ArrayList<>();
        for (String p : parts) {
            if (ReportText.present(p)) {
                present.add(p);
            }
        }
        return present.isEmpty() ? t.dash() : String.join(sep, present);
    }

    static PDImageXObject thumbnail(Composer c, Attachment a) {
        return a.image() == null ? null : Thumbnails.thumbnail(c.document(), a.image(), 360);
    }
}
