package org.crisisdesk.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

import org.crisisdesk.common.Actor;
import org.crisisdesk.common.Messages;
import org.crisisdesk.common.UserException;
import org.crisisdesk.reports.assembly.CaseReportAssembler;
import org.crisisdesk.reports.assembly.SummaryReportAssembler;

/**
 * Exports for the desk and the command line: one case, several cases (a file each or one combined
 * file), or a period summary. Runs on the caller's thread (a background task at the desk) and is
 * cancelled cooperatively: {@code cancelled} is polled between cases and pages, never by interrupting
 * a thread that may be inside H2. A cancelled or failed export leaves no file it started behind.
 */
public final class ReportExports {
    /** How several cases are written. */
    public enum Layout {
        /** One file per case, named after the case number, in a folder. */
        ONE_FILE_EACH,
        /** All cases in one file, each starting on a new page. */
        COMBINED
    }

    /** Progress as a fraction 0..1 and a line to show under the bar. Called on the exporting thread. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (fraction, message) -> { };

        void update(double fraction, String message);
    }

    private final CaseReportAssembler cases;
    private final SummaryReportAssembler summaries;
    private final CaseReportPdf casePdf;
    private final SummaryReportPdf summaryPdf;
    private final Messages messages;
    private final Clock clock;

    public ReportExports(CaseReportAssembler cases, SummaryReportAssembler summaries, CaseReportPdf casePdf,
                         SummaryReportPdf summaryPdf, Messages messages, Clock clock) {
        this.cases = Objects.requireNonNull(cases);
        this.summaries = Objects.requireNonNull(summaries);
        this.casePdf = Objects.requireNonNull(casePdf);
        this.summaryPdf = Objects.requireNonNull(summaryPdf);
        this.messages = Objects.requireNonNull(messages);
        this.clock = Objects.requireNonNull(clock);
    }

    /** One case to {@code out}. */
    public Path exportCase(long incidentId, Path out, Actor actor, boolean unmask, Progress progress,
                           BooleanSupplier cancelled) {
        return exportCases(List.of(incidentId), out, Layout.COMBINED, actor, unmask, progress, cancelled).get(0);
    }

    /**
     * @param target the folder for {@link Layout#ONE_FILE_EACH} (files named {@code <case no>.pdf},
     *               replacing files of that name), the file for {@link Layout#COMBINED}
     * @return the files written
     * @throws CancellationException when {@code cancelled} answered true; files of this export are removed
     * @throws UserException         {@code report.cannotWrite}, {@code case.notFound}, {@code permission.denied}
     */
    public List<Path> exportCases(List<Long> incidentIds, Path target, Layout layout, Actor actor, boolean unmask,
                                  Progress progress, BooleanSupplier cancelled) {
        if (incidentIds.isEmpty()) {
            throw new UserException("report.export.noCases");
        }
        int n = incidentIds.size();
        // assembling and writing a case weigh about the same; the last step is the combined file's save
        double steps = layout == Layout.COMBINED ? n + 1 : 2.0 * n;
        List<Path> written = new ArrayList<>();
        List<CaseReport> combined = new ArrayList<>();
        boolean complete = false;
        try {
            if (layout == Layout.ONE_FILE_EACH && !Files.isDirectory(target)) {
                throw new UserException("report.cannotWrite", target);
            }
            for (int i = 0; i < n; i++) {
                CaseReportPdf.checkCancelled(cancelled);
                CaseReport report = cases.assemble(incidentIds.get(i), actor, unmask);
                String caseNo = report.header().caseNumber();
                int done = i;
                progress.update((layout == Layout.COMBINED ? done : 2.0 * done) / steps,
                        messages.get("report.export.progress.case", caseNo, done + 1, n));
                if (layout == Layout.COMBINED) {
                    combined.add(report);
                } else {
                    Path out = target.resolve(fileName(caseNo));
                    casePdf.exportAll(List.of(report), out, clock, cancelled);
                    written.add(out);
                    progress.update((2.0 * done + 2) / steps, messages.get("report.export.progress.case", caseNo,
                            done + 1, n));
                }
            }
            if (layout == Layout.COMBINED) {
                progress.update(n / steps, messages.get("report.export.progress.writing"));
                casePdf.exportAll(combined, target, clock, cancelled);
                written.add(target);
            }
            progress.update(1.0, messages.get("report.export.done", written.size()));
            complete = true;
            return List.copyOf(written);
        } finally {
            if (!complete) {
                written.forEach(ReportExports::deleteQuietly);
            }
        }
    }

    /** The period summary to {@code out}; {@code storeCode} null for all stores. */
    public Path exportSummary(LocalDate from, LocalDate to, String storeCode, Path out, Actor actor,
                              Progress progress, BooleanSupplier cancelled) {
        CaseReportPdf.checkCancelled(cancelled);
        progress.update(0.0, messages.get("report.export.progress.writing"));
        SummaryReport report = summaries.assemble(from, to, storeCode, actor);
        progress.update(0.5, messages.get("report.export.progress.summary", report.cases().size()));
        summaryPdf.export(report, out, clock, cancelled);
        progress.update(1.0, messages.get("report.export.done", 1));
        return out;
    }

    /** {@code KS/2024:07} → {@code KS_2024_07.pdf}: case numbers stay readable, never a path. */
    public static String fileName(String caseNo) {
        String base = caseNo == null || caseNo.isBlank() ? "report" : caseNo.strip();
        return base.replaceAll("[\\\\/:*?\"<>|\\s]", "_") + ".pdf";
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // the file is complete, just not wanted; nothing else to do
        }
    }
}
