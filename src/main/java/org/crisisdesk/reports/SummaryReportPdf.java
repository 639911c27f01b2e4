package org.crisisdesk.reports;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.crisisdesk.common.Messages;
import org.crisisdesk.common.UserException;
import org.crisisdesk.reports.pdf.AtomicPdfWriter;
import org.crisisdesk.reports.pdf.Composer;
import org.crisisdesk.reports.pdf.ReportFonts;

/** The period summary for regional planning: counts, on-time shares, a chart and the list of cases. */
public final class SummaryReportPdf {
    private final Messages messages;
    private final ReportFonts fonts;

    /** @param fonts shared by all reports of the program; parsed on first use */
    public SummaryReportPdf(Messages messages, ReportFonts fonts) {
        this.messages = messages;
        this.fonts = fonts;
    }

    /** One summary in Simplified Chinese, parsing the fonts for this file only (slower; for one-offs). */
    public static void write(SummaryReport report, Path out, Clock clock) {
        try (ReportFonts fonts = new ReportFonts()) {
            new SummaryReportPdf(new Messages(Locale.SIMPLIFIED_CHINESE), fonts).export(report, out, clock);
        } catch (IOException e) {
            throw new UserException(e, "report.cannotWrite", out);
        }
    }

    /** @throws UserException {@code report.cannotWrite} when {@code out} can't be written; no file is left then */
    public void export(SummaryReport report, Path out, Clock clock) {
        export(report, out, clock, () -> false);
    }

    /** As {@link #export(SummaryReport, Path, Clock)}, checking {@code cancelled} between pages (see CaseReportPdf). */
    public void export(SummaryReport report, Path out, Clock clock, java.util.function.BooleanSupplier cancelled) {
        Instant now = clock.instant();
        ReportText t = new ReportText(messages, report.zone());
        synchronized (fonts) {
            try (PDDocument doc = new PDDocument()) {
                Composer c = new Composer(doc, fonts);
                new SummaryLayout(c, report, t).render();
                String title = t.get("report.summary.title");
                String left = ReportText.present(report.company()) ? report.company() + " · " + title : title;
                String right = period(report);
                c.finish((composer, cs, index, count) -> {
                    CaseReportPdf.checkCancelled(cancelled);
                    CaseReportPdf.paintFrame(composer, t, left, right, t.time(now), index, count);
                });
                CaseReportPdf.checkCancelled(cancelled);
                CaseReportPdf.info(doc, title + " " + right, report.preparedBy(), now);
                AtomicPdfWriter.save(doc, out);
            } catch (IOException e) {
                throw new UserException(e, "report.cannotWrite", out);
            }
        }
    }

    static String period(SummaryReport s) {
        DateTimeFormatter f = DateTimeFormatter.ISO_LOCAL_DATE;
        return f.format(s.from()) + " — " + f.format(s.to());
    }
}
