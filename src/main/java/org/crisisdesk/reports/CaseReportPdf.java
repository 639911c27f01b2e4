package org.crisisdesk.reports;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.crisisdesk.common.Messages;
import org.crisisdesk.common.UserException;
import org.crisisdesk.reports.pdf.AtomicPdfWriter;
import org.crisisdesk.reports.pdf.Composer;
import org.crisisdesk.reports.pdf.ReportFonts;
import org.crisisdesk.reports.pdf.Style;

/**
 * The case report for headquarters: one case (or several, one after another) as an A4 PDF with
 * the bundled CJK font embedded as a subset. The file is written whole or not at all.
 */
public final class CaseReportPdf {
    private final Messages messages;
    private final ReportFonts fonts;

    /** @param fonts shared by all reports of the program; parsed on first use */
    public CaseReportPdf(Messages messages, ReportFonts fonts) {
        this.messages = messages;
        this.fonts = fonts;
    }

    /** One report in Simplified Chinese, parsing the fonts for this file only (slower; for one-offs). */
    public static void write(CaseReport report, Path out, Clock clock) {
        try (ReportFonts fonts = new ReportFonts()) {
            new CaseReportPdf(new Messages(Locale.SIMPLIFIED_CHINESE), fonts).export(report, out, clock);
        } catch (IOException e) {
            throw new UserException(e, "report.cannotWrite", out);
        }
    }

    /** @throws UserException {@code report.cannotWrite} when {@code out} can't be written; no file is left then */
    public void export(CaseReport report, Path out, Clock clock) {
        exportAll(List.of(report), out, clock);
    }

    /** Several cases in one file, each starting on a new page; page numbers run over the whole file. */
    public void exportAll(List<CaseReport> reports, Path out, Clock clock) {
        exportAll(reports, out, clock, () -> false);
    }

    /**
     * As {@link #exportAll(List, Path, Clock)}, checking {@code cancelled} between cases and pages:
     * once it answers true, stops with a {@link java.util.concurrent.CancellationException} and writes nothing.
     */
    public void exportAll(List<CaseReport> reports, Path out, Clock clock, java.util.function.BooleanSupplier cancelled) {
        if (reports.isEmpty()) {
            throw new IllegalArgumentException("no case to report");
        }
        Instant now = clock.instant();
        synchronized (fonts) {
            try (PDDocument doc = new PDDocument()) {
                Composer c = new Composer(doc, fonts);
                List<Integer> firstPages = new ArrayList<>();
                for (CaseReport r : reports) {
                    checkCancelled(cancelled);
                    if (!firstPages.isEmpty()) {
                        c.newPage();
                    }
                    firstPages.add(c.pageCount() - 1);
                    new CaseSections(c, r, new ReportText(messages, r.zone())).render();
                }
                c.finish((composer, cs, index, count) -> {
                    checkCancelled(cancelled);
                    int which = 0;
                    while (which + 1 < firstPages.size() && firstPages.get(which + 1) <= index) {
                        which++;
                    }
                    CaseReport r = reports.get(which);
                    ReportText t = new ReportText(messages, r.zone());
                    String title = t.get("report.case.title");
                    String left = ReportText.present(r.header().company()) ? r.header().company() + " · " + title : title;
                    String right = r.header().caseNumber() == null ? "" : r.header().caseNumber();
                    paintFrame(composer, t, left, right, t.time(now), index, count);
                });
                checkCancelled(cancelled);
                CaseReport first = reports.get(0);
                info(doc, first.header().title(), first.preparedBy(), now);
                AtomicPdfWriter.save(doc, out);
            } catch (IOException e) {
                throw new UserException(e, "report.cannotWrite", out);
            }
        }
    }

    static void checkCancelled(java.util.function.BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new java.util.concurrent.CancellationException("report export cancelled");
        }
    }

    /** Running header (title left, case number right) and footer (time, page x of y). */
    static void paintFrame(Composer c, ReportText t, String left, String right, String generated, int index,
                           int count) throws IOException {
        Style head = Style.SMALL;
        float headBase = Composer.PAGE.getHeight() - 40f;
        String l = c.fonts().clean(left);
        String r = c.fonts().clean(right);
        c.text(l, c.left(), headBase, head);
        c.text(r, c.right() - c.fonts().width(r, false, head.size()), headBase, head);
        c.line(c.left(), headBase - 6f, c.right(), headBase - 6f, Style.RULE, 0.6f);

        float footBase = 34f;
        c.line(c.left(), footBase + 12f, c.right(), footBase + 12f, Style.RULE, 0.6f);
        String gen = c.fonts().clean(t.get("report.footer.generated", generated));
        c.text(gen, c.left(), footBase, head);
        String page = c.fonts().clean(t.get("report.footer.page", index + 1, count));
        float pw = c.fonts().width(page, false, head.size());
        c.text(page, c.right() - pw, footBase, head.withColor(Style.TEXT));
    }

    static void info(PDDocument doc, String title, String author, Instant now) {
        PDDocumentInformation info = doc.getDocumentInformation();
        if (title != null) {
            info.setTitle(title);
        }
        if (author != null) {
            info.setAuthor(author);
        }
        info.setCreator("Crisis Desk");
        info.setProducer("Crisis Desk (Apache PDFBox)");
        Calendar cal = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        cal.setTimeInMillis(now.toEpochMilli());
        info.setCreationDate(cal);
        info.setModificationDate(cal);
    }

    static Color severityColor(SeverityLevel level) {
        return switch (level) {
            case LOW -> new Color(0x15, 0x65, 0xC0);
            case MEDIUM -> new Color(0xE0, 0x86, 0x00);
            case HIGH -> new Color(0xE6, 0x51, 0x00);
            case CRITICAL -> Style.RED;
        };
    }
}
