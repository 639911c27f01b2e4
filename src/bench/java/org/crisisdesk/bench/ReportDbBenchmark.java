package org.crisisdesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.crisisdesk.cases.CaseService;
import org.crisisdesk.cases.Honorific;
import org.crisisdesk.cases.MediaKind;
import org.crisisdesk.cases.Medium;
import org.crisisdesk.cases.NewIncident;
import org.crisisdesk.cases.NewMediaContact;
import org.crisisdesk.cases.Reach;
import org.crisisdesk.cases.Severity;
import org.crisisdesk.cases.UndercoverSigns;
import org.crisisdesk.reports.ReportExports;
import org.crisisdesk.reports.assembly.ReportDb;
import org.crisisdesk.reports.pdf.ReportFonts;

/**
 * Exports from a real H2 database, as the desk does them (assemble in one read transaction, then
 * write): journey 4's case, a demo case, a case with 500 timeline entries, and a summary over 100
 * cases (the demo set plus generated media cases). Fonts are preloaded once, as the app does.
 *
 * <pre>mvn -B -Pbench test-compile exec:exec -Dbench.main=org.crisisdesk.bench.ReportDbBenchmark -Dbench.args=5</pre>
 */
public final class ReportDbBenchmark {
    private ReportDbBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 && !args[0].isBlank() ? Integer.parseInt(args[0].strip()) : 5;
        Path dir = Files.createTempDirectory("report-db-bench");
        try (ReportDb db = new ReportDb(dir.resolve("data")); ReportFonts fonts = new ReportFonts()) {
            long journey = db.journeyCase();
            Path demoData = dir.resolve("demo");
            int demo;
            long demoCase;
            long big;
            // the demo set refuses a database with other cases, so the summary runs on its own database
            try (ReportDb d = new ReportDb(demoData)) {
                demo = d.loadDemo(Clock.fixed(ReportDb.at(28, 10, 0), ReportDb.ZONE)).incidents();
                demoCase = d.jdbi.withHandle(h -> h.createQuery("SELECT MIN(i.id) FROM incident i JOIN media_contact m "
                        + "ON m.incident_id = i.id").mapTo(Long.class).one());
                CaseService cases = d.cases(d.clock);
                for (int i = demo; i < 100; i++) {
                    d.clock.set(ReportDb.at(1 + i % 27, 9 + i % 9, i % 60));
                    cases.create(new NewIncident("SH01", "床垫异味 #" + i, "ONSITE", d.clock.instant(), "王小" + i,
                            Honorific.MS, "1391234" + String.format("%04d", i), "QUALITY", "NEGATIVE_REVIEW",
                            "顾客反映床垫有异味,要求更换。", Severity.III, "王主管", UndercoverSigns.NONE),
                            i % 3 == 0 ? List.of() : List.of(new NewMediaContact("城市晚报", MediaKind.LIVELIHOOD,
                                    Medium.PRINT, i % 5 == 0 ? Reach.PROVINCIAL : Reach.LOCAL, "记者" + i, null, null,
                                    null, null, d.clock.instant())), ReportDb.SUPERVISOR);
                }
                big = d.jdbi.withHandle(h -> h.createQuery("SELECT MAX(id) FROM incident").mapTo(Long.class).one());
                d.clock.set(ReportDb.at(28, 12, 0));
                for (int i = 0; i < 500; i++) {
                    cases.addNote(big, "条目#" + (i + 1) + ":与顾客及商户沟通处理进度,记录对方诉求与答复要点。电话 13812345678。",
                            ReportDb.SUPERVISOR);
                }
                int total = d.jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM incident").mapTo(Integer.class).one());
                System.out.printf("database: %d cases (%d demo), case %d with 500+ timeline entries%n", total, demo, big);

                long p0 = System.nanoTime();
                fonts.preload();
                System.out.printf("font parse (once per app run): %d ms%n", (System.nanoTime() - p0) / 1_000_000);
                ReportExports ex = d.exports(fonts);
                long[] demoMs = new long[runs];
                long[] bigMs = new long[runs];
                long[] sumMs = new long[runs];
                for (int r = 0; r < runs; r++) {
                    demoMs[r] = time(() -> ex.exportCase(demoCase, dir.resolve("demo.pdf"), ReportDb.SUPERVISOR, false,
                            ReportExports.Progress.NONE, () -> false));
                    bigMs[r] = time(() -> ex.exportCase(big, dir.resolve("big.pdf"), ReportDb.SUPERVISOR, false,
                            ReportExports.Progress.NONE, () -> false));
                    sumMs[r] = time(() -> ex.exportSummary(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 11, 30), null,
                            dir.resolve("summary.pdf"), ReportDb.SUPERVISOR, ReportExports.Progress.NONE, () -> false));
                    System.out.printf("run %d: demo case %d ms (%d KB), 500-entry case %d ms (%d KB), summary %d ms (%d KB)%n",
                            r + 1, demoMs[r], Files.size(dir.resolve("demo.pdf")) / 1024, bigMs[r],
                            Files.size(dir.resolve("big.pdf")) / 1024, sumMs[r], Files.size(dir.resolve("summary.pdf")) / 1024);
                }
                report("demo case from DB", demoMs, 2000);
                report("case with 500 timeline entries from DB", bigMs, 2000);
                report("summary over 100 cases from DB", sumMs, 10000);
            }
            long[] j = new long[runs];
            ReportExports ex = db.exports(fonts);
            for (int r = 0; r < runs; r++) {
                j[r] = time(() -> ex.exportCase(journey, dir.resolve("journey.pdf"), ReportDb.SUPERVISOR, false,
                        ReportExports.Progress.NONE, () -> false));
            }
            report("journey 4 case from DB", j, 2000);
        }
    }

    private static long time(Runnable r) {
        long t0 = System.nanoTime();
        r.run();
        return Duration.ofNanos(System.nanoTime() - t0).toMillis();
    }

    private static void report(String what, long[] ms, long goalMs) {
        long[] sorted = ms.clone();
        Arrays.sort(sorted);
        System.out.printf("%s: first %d ms, median %d ms, max %d ms (goal < %d ms)%n", what, ms[0],
                sorted[sorted.length / 2], sorted[sorted.length - 1], goalMs);
    }
}
