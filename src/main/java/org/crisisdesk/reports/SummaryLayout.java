package org.crisisdesk.reports;

import java.awt.Color;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.crisisdesk.reports.SummaryReport.CaseLine;
import org.crisisdesk.reports.SummaryReport.Count;
import org.crisisdesk.reports.SummaryReport.StepShare;
import org.crisisdesk.reports.pdf.BarChart;
import org.crisisdesk.reports.pdf.Composer;
import org.crisisdesk.reports.pdf.Style;
import org.crisisdesk.reports.pdf.Table;
import org.crisisdesk.reports.pdf.Table.Cell;
import org.crisisdesk.reports.pdf.Table.Column;
import org.crisisdesk.reports.pdf.Table.Row;

/** Lays out the period summary: key figures, two charts, counts and the list of cases. */
final class SummaryLayout {
    private static final Color BAR_BLUE = new Color(0x3B, 0x6E, 0xA8);
    private final Composer c;
    private final SummaryReport s;
    private final ReportText t;

    SummaryLayout(Composer c, SummaryReport s, ReportText t) {
        this.c = c;
        this.s = s;
        this.t = t;
    }

    void render() {
        c.paragraph(t.get("report.summary.title"), Style.SMALL);
        c.paragraph(t.or(s.company()) + "  " + SummaryReportPdf.period(s), Style.TITLE);
        c.paragraph(t.get("report.summary.store") + ":" + (ReportText.present(s.store()) ? s.store()
                : t.get("report.summary.allStores")), Style.BODY.withColor(Style.MUTED));
        c.space(8f);
        tiles();
        if (!s.byCategory().isEmpty()) {
            c.heading(t.get("report.summary.chart.category"), Style.H1);
            int max = s.byCategory().stream().mapToInt(Count::count).max().orElse(0);
            List<BarChart.Bar> bars = s.byCategory().stream()
                    .map(n -> new BarChart.Bar(n.label(), n.count(), String.valueOf(n.count()), BAR_BLUE)).toList();
            BarChart.draw(c, bars, niceMax(max), false);
        }
        if (!s.stepOnTime().isEmpty()) {
            c.heading(t.get("report.summary.onTime"), Style.H1);
            List<BarChart.Bar> bars = new ArrayList<>();
            for (StepShare st : s.stepOnTime()) {
                double share = st.share();
                String value = Double.isNaN(share) ? t.dash()
                        : t.get("report.summary.onTimeValue", Math.round(share * 100), st.onTime(), st.done());
                bars.add(new BarChart.Bar(st.stepNo() + ". " + t.or(st.title()), Double.isNaN(share) ? 0 : share,
                        value, shareColor(share)));
            }
            BarChart.draw(c, bars, 1.0, true);
        }
        counts();
        cases();
        c.space(10f);
        c.ensure(40f);
        float base = Composer.baseline(c.y(), Style.BODY);
        String[] labels = {t.get("report.signoff.preparedBy"), t.get("report.signoff.reviewedBy"),
                t.get("report.signoff.date")};
        float colWidth = c.width() / 3;
        for (int i = 0; i < 3; i++) {
            float x = c.left() + i * colWidth;
            String label = c.fonts().clean(labels[i]) + ":";
            c.text(label, x, base, Style.LABEL);
            float lx = x + c.fonts().width(label, false, Style.LABEL.size()) + 4f;
            c.line(lx, base - 3f, x + colWidth - 16f, base - 3f, Style.TEXT, 0.6f);
            if (i == 0 && ReportText.present(s.preparedBy())) {
                c.text(c.fonts().clean(s.preparedBy()), lx + 4f, base + 1f, Style.BODY);
            }
        }
        c.advance(Style.BODY.leading());
    }

    /** Three key figures in boxes: cases, average time to first reply, overall on-time share. */
    private void tiles() {
        int done = s.stepOnTime().stream().mapToInt(StepShare::done).sum();
        int onTime = s.stepOnTime().stream().mapToInt(StepShare::onTime).sum();
        String[][] tiles = {
            {t.get("report.summary.caseCount"), String.valueOf(s.cases().size()), ""},
            {t.get("report.summary.avgFirstReply"), t.duration(s.averageFirstReply()),
                s.averageFirstReply() == null ? "" : t.get("report.summary.samples", s.firstReplySamples())},
            {t.get("report.summary.onTime"), done == 0 ? t.dash() : Math.round(100.0 * onTime / done) + "%",
                done == 0 ? "" : onTime + " / " + done},
        };
        float gap = 10f;
        float w = (c.width() - 2 * gap) / 3;
        float h = 64f;
        c.ensure(h);
        float top = c.y();
        for (int i = 0; i < 3; i++) {
            float x = c.left() + i * (w + gap);
            c.fillRect(x, top - h, w, h, Style.HEADER_FILL);
            c.fillRect(x, top - h, 3f, h, Style.NAVY);
            List<String> label = c.lines(tiles[i][0], Style.SMALL, w - 16f);
            c.text(label.get(0), x + 10f, top - 14f, Style.SMALL);
            Style big = new Style(18f, true, Style.NAVY, 24f);
            c.text(c.fonts().clean(tiles[i][1]), x + 10f, top - 40f, big);
            c.text(c.fonts().clean(tiles[i][2]), x + 10f, top - 56f, Style.SMALL);
        }
        c.advance(h + 6f);
    }

    private void counts() {
        List<Row> rows = new ArrayList<>();
        int total = s.cases().size();
        group(rows, "report.summary.byStatus", s.byStatus(), total);
        group(rows, "report.summary.bySeverity", s.bySeverity(), total);
        group(rows, "report.summary.byReach", s.byMediaReach(), total);
        group(rows, "report.summary.byCategory", s.byCategory(), total);
        group(rows, "report.summary.byRiskType", s.byRiskType(), total);
        if (rows.isEmpty()) {
            return;
        }
        c.heading(t.get("report.summary.counts"), Style.H1);
        c.table(new Table(List.of(new Column("", 1.6f), new Column("", 2.6f),
                new Column(t.get("report.summary.col.count"), 1f), new Column(t.get("report.summary.col.share"), 1f)),
                rows));
    }

    private void group(List<Row> rows, String key, List<Count> counts, int total) {
        boolean first = true;
        for (Count n : counts) {
            String share = total == 0 ? t.dash() : Math.round(100.0 * n.count() / total) + "%";
            rows.add(new Row(List.of(new Cell(first ? t.get(key) : "", Style.NAVY, true), Cell.of(t.or(n.label())),
                    Cell.of(String.valueOf(n.count())), Cell.of(share)), null));
            first = false;
        }
    }

    private void cases() {
        if (s.cases().isEmpty()) {
            return;
        }
        c.heading(t.get("report.summary.cases"), Style.H1);
        List<Row> rows = new ArrayList<>();
        for (CaseLine l : s.cases()) {
            Duration fr = l.firstReply();
            rows.add(new Row(List.of(Cell.of(t.or(l.caseNumber())), Cell.of(t.shortTime(l.openedAt())),
                    Cell.of(t.or(l.store())), Cell.of(t.or(l.title())), Cell.of(t.or(l.category())),
                    new Cell(t.or(l.severity()), CaseReportPdf.severityColor(
                            l.level() == null ? SeverityLevel.MEDIUM : l.level()), true),
                    Cell.of(t.or(l.status())), Cell.of(t.or(l.mediaReach())),
                    Cell.of(fr == null ? t.dash() : ReportText.hoursMinutes(fr)),
                    l.overdueSteps() > 0 ? new Cell(String.valueOf(l.overdueSteps()), Style.RED, true)
                            : new Cell("0", Style.GREEN, false)),
                    l.overdueSteps() > 0 ? Style.RED_FILL : null));
        }
        c.table(new Table(List.of(col("report.field.caseNumber", 1.75f), col("report.summary.col.opened", 1.05f),
                col("report.field.store", 0.95f), col("report.col.title", 2.4f), col("report.field.category", 1.15f),
                col("report.field.severity", 0.9f), col("report.field.status", 0.8f), col("report.field.reach", 1.05f),
                col("report.summary.col.firstReply", 0.85f), col("report.summary.col.overdue", 0.6f)), rows, true));
    }

    private Column col(String key, float w) {
        return new Column(t.get(key), w);
    }

    private static Color shareColor(double share) {
        if (Double.isNaN(share)) {
            return Style.MUTED;
        }
        return share >= 0.9 ? Style.GREEN : share >= 0.7 ? new Color(0xE0, 0x86, 0x00) : Style.RED;
    }

    /** A round axis maximum at or above {@code max}: 4, 8, 12, 20, 40, ... so quarters are whole. */
    private static double niceMax(int max) {
        if (max <= 4) {
            return 4;
        }
        int step = 1;
        while (max > step * 4 * 10) {
            step *= 10;
        }
        int[] mult = {1, 2, 5, 10};
        for (int m : mult) {
            if (step * m * 4 >= max) {
                return step * m * 4;
            }
        }
        return step * 40;
    }
}
