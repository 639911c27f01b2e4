package org.crisisdesk.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.crisisdesk.common.Messages;
import org.crisisdesk.common.UserException;
import org.crisisdesk.reports.pdf.ReportFonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryReportPdfTest {
    private static final Clock CLOCK = Clock.fixed(SampleReports.at(31, 18, 0), SampleReports.ZONE);
    private static final ReportFonts FONTS = new ReportFonts();
    private final SummaryReportPdf pdf = new SummaryReportPdf(new Messages(Locale.SIMPLIFIED_CHINESE), FONTS);
    @TempDir
    Path dir;

    @Test
    void summaryReadsBackWithCountsChartAndCaseList() throws Exception {
        Path out = dir.resolve("summary.pdf");
        SummaryReportPdf.write(SampleReports.summary(100), out, CLOCK);

        List<String> pages = PdfChecks.pages(out);
        String all = String.join("\n", pages);
        assertTrue(all.contains("客诉舆情汇总报告"));
        assertTrue(all.contains("2024-05-01 — 2024-05-31"));
        assertTrue(all.contains("全部门店"));
        assertTrue(all.contains("案件数量(按类别)"));
        assertTrue(all.contains("各步骤按时完成率"));
        assertTrue(all.contains("2 小时 18 分钟"), "average time to first written reply");
        assertTrue(all.contains("KS-20240501-001") && all.contains("KS-20240510-100"), "every case listed");
        for (int i = 0; i < pages.size(); i++) {
            assertTrue(pages.get(i).contains("第 " + (i + 1) + " 页 / 共 " + pages.size() + " 页"));
        }
        for (String page : pages.subList(1, pages.size())) {
            if (page.contains("KS-2024")) {
                assertTrue(page.contains("案件编号"), "case list header repeated");
            }
        }
        PdfChecks.assertFontsEmbedded(out);
        PdfChecks.assertInsideMargins(out);
    }

    @Test
    void emptyPeriodStillGivesACompleteFile() throws Exception {
        SummaryReport empty = new SummaryReport(null, LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 30), "城东商场",
                SampleReports.ZONE, null, null, null, null, null, null, null, 0, null, null);
        Path out = dir.resolve("empty.pdf");
        pdf.export(empty, out, CLOCK);
        String all = PdfChecks.text(out);
        assertTrue(all.contains("城东商场"));
        assertTrue(all.contains("第 1 页 / 共 1 页"));
        assertFalse(all.contains("案件列表"));
    }

    @Test
    void unwritablePathGivesAUserException() throws Exception {
        Path out = dir.resolve("missing-folder").resolve("s.pdf");
        UserException e = assertThrows(UserException.class,
                () -> pdf.export(SampleReports.summary(3), out, CLOCK));
        assertEquals("report.cannotWrite", e.key());
        assertFalse(Files.exists(out.getParent()));
    }
}
