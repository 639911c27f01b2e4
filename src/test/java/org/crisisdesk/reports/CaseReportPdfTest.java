package org.crisisdesk.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.crisisdesk.common.Messages;
import org.crisisdesk.common.UserException;
import org.crisisdesk.reports.pdf.ReportFonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseReportPdfTest {
    private static final Clock CLOCK = Clock.fixed(SampleReports.at(15, 9, 0), SampleReports.ZONE);
    private static final ReportFonts FONTS = new ReportFonts(); // parsed once for the whole class
    private final CaseReportPdf pdf = new CaseReportPdf(new Messages(Locale.SIMPLIFIED_CHINESE), FONTS);
    @TempDir
    Path dir;

    @Test
    void chineseContentReadsBackWithPageNumbersOnEveryPage() throws Exception {
        Path out = dir.resolve("case.pdf");
        CaseReportPdf.write(SampleReports.sofaCase(), out, CLOCK);

        List<String> pages = PdfChecks.pages(out);
        String all = String.join("\n", pages);
        assertTrue(all.contains("布艺沙发扶手开裂,顾客携城市晚报记者到店"), all);
        assertTrue(all.contains("城市晚报"));
        assertTrue(all.contains("超时 12 分钟"), "step 3 shown late");
        assertTrue(all.contains("按时完成"));
        assertTrue(all.contains("感谢您对星河家居的关注"), "final reply in full");
        assertTrue(all.contains("sha256:9f2c4e1ab07d53c8"), "audit chain head");
        assertTrue(all.contains("编制人") && all.contains("审核人") && all.contains("日期"));
        assertTrue(all.contains("生成时间 2024-05-15 09:00"));
        for (int i = 0; i < pages.size(); i++) {
            assertTrue(pages.get(i).contains("第 " + (i + 1) + " 页 / 共 " + pages.size() + " 页"), pages.get(i));
        }
        assertTrue(all.contains(SampleReports.CUSTOMER_PHONE), "unmasked report prints what it is given");
        assertTrue(all.contains(SampleReports.ID_CARD_FILE));
        assertFalse(all.contains("已脱敏"));
    }

    @Test
    void maskedReportHidesPersonalDataAndPersonalAttachments() throws Exception {
        Path out = dir.resolve("masked.pdf");
        pdf.export(new ReportMasking().mask(SampleReports.sofaCase()), out, CLOCK);

        String all = PdfChecks.text(out);
        assertTrue(all.contains("已脱敏"));
        assertTrue(all.contains("张**"), all);
        assertTrue(all.contains("138****5678"));
        assertTrue(all.contains("139****4321"));
        assertTrue(all.contains("110***********1234"), "ID number in free text");
        assertFalse(all.contains(SampleReports.CUSTOMER_PHONE));
        assertFalse(all.contains(SampleReports.CUSTOMER));
        assertFalse(all.contains(SampleReports.JOURNALIST));
        assertFalse(all.contains(SampleReports.ID_CARD_FILE));
        assertTrue(all.contains("另有 1 个含个人信息的附件未列入"));
    }

    @Test
    void everyFontIsAnEmbeddedSubsetAndNothingIsDrawnOutsideTheMargins() throws Exception {
        Path out = dir.resolve("case.pdf");
        pdf.export(SampleReports.sofaCase(), out, CLOCK);
        assertTrue(PdfChecks.assertFontsEmbedded(out) > 0);
        assertTrue(PdfChecks.assertInsideMargins(out) >= 2);
        assertTrue(Files.size(out) < 1_500_000, "subset font keeps the file small: " + Files.size(out));
    }

    @Test
    void longDescriptionPaginatesAndStaysInsideTheMargins() throws Exception {
        StringBuilder text = new StringBuilder();
        int n = 0;
        while (text.length() < 20_000) {
            text.append("第").append(++n).append("句:顾客反映沙发扶手开裂,商户称需返厂检测,顾客不接受。");
        }
        text.append("描述到此结束。");
        CaseReport base = SampleReports.sofaCase();
        CaseReport r = new CaseReport(base.header(), base.summary(), text.toString(), base.customers(),
                base.mediaContacts(), base.undercover(), base.escalation(), base.checklist(), base.timeline(),
                base.finalReplies(), base.solution(), base.outcome(), base.review(), List.of(), null, null,
                base.zone(), false);
        Path out = dir.resolve("long.pdf");
        pdf.export(r, out, CLOCK);

        List<String> pages = PdfChecks.pages(out);
        assertTrue(pages.size() >= 8, "20,000 characters need many pages: " + pages.size());
        String all = String.join("", pages).replace("\n", "");
        assertTrue(all.contains("描述到此结束。"));
        assertTrue(all.contains("第" + n + "句"));
        PdfChecks.assertInsideMargins(out);
    }

    @Test
    void longTimelineTableRepeatsItsHeaderOnEveryPage() throws Exception {
        Path out = dir.resolve("timeline.pdf");
        pdf.export(SampleReports.sofaCase(SampleReports.longTimeline(120)), out, CLOCK);

        List<String> pages = PdfChecks.pages(out);
        int timelinePages = 0;
        for (String page : pages) {
            if (page.contains("条目#")) {
                timelinePages++;
                assertTrue(page.contains("时间 记录人 类型 内容"), "header repeated: " + page);
            }
        }
        assertTrue(timelinePages >= 3, "timeline spans pages: " + timelinePages);
        assertTrue(String.join("", pages).contains("条目#120"));
    }

    @Test
    void emojiAndMissingGlyphsBecomeABoxInsteadOfACrash() throws Exception {
        CaseReport r = minimal("退款到账 👍🏻,顾客很满意 😀❤️ 𠀀字");
        Path out = dir.resolve("emoji.pdf");
        pdf.export(r, out, CLOCK);
        String all = PdfChecks.text(out);
        assertTrue(all.contains("退款到账 □,顾客很满意 □□"), all);
        assertTrue(all.contains("𠀀字") || all.contains("□字"), "a supplementary-plane char is kept whole");
    }

    @Test
    void missingOptionalDataRendersGracefully() throws Exception {
        CaseReport r = new CaseReport(new CaseReport.Header(null, null, "KS-1", null, null, null, null, null, null,
                null, null, null), null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, false);
        Path out = dir.resolve("empty.pdf");
        pdf.export(r, out, CLOCK);
        String all = PdfChecks.text(out);
        assertTrue(all.contains("KS-1"));
        assertTrue(all.contains("—"));
        assertTrue(all.contains("第 1 页 / 共 1 页"));
        assertFalse(all.contains("时间线"), "empty sections are left out");
    }

    @Test
    void unwritablePathGivesAUserExceptionAndLeavesNoFile() throws Exception {
        Path notADir = Files.writeString(dir.resolve("plain.txt"), "x");
        Path out = notADir.resolve("case.pdf");
        UserException e = assertThrows(UserException.class,
                () -> pdf.export(SampleReports.sofaCase(), out, CLOCK));
        assertEquals("report.cannotWrite", e.key());
        assertFalse(Files.exists(out));
        assertTrue(e.localized(new Messages(Locale.SIMPLIFIED_CHINESE)).startsWith("无法写入报告文件"));
        assertTrue(e.localized(new Messages(Locale.ENGLISH)).startsWith("Cannot write the report file"));

        Path existingDir = Files.createDirectory(dir.resolve("taken.pdf"));
        assertThrows(UserException.class, () -> pdf.export(SampleReports.sofaCase(), existingDir, CLOCK));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("plain.txt", "taken.pdf"), files.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no temporary file left behind");
        }
    }

    @Test
    void replacingAnExistingReportIsAtomic() throws Exception {
        Path out = dir.resolve("case.pdf");
        Files.writeString(out, "old");
        pdf.export(SampleReports.sofaCase(), out, CLOCK);
        assertTrue(PdfChecks.text(out).contains("城市晚报"));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void corruptImageIsListedAsAFile() throws Exception {
        Path out = dir.resolve("case.pdf");
        pdf.export(SampleReports.sofaCase(), out, CLOCK);
        String all = PdfChecks.text(out);
        assertTrue(all.contains("损坏的照片.jpg"));
        assertTrue(all.contains("图片无法读取"));
    }

    @Test
    void severalCasesInOneFileNumberPagesAcrossTheFile() throws Exception {
        Path out = dir.resolve("all.pdf");
        CaseReport one = SampleReports.sofaCase();
        pdf.exportAll(List.of(one, minimal("第二个案件")), out, CLOCK);
        List<String> pages = PdfChecks.pages(out);
        assertTrue(pages.get(pages.size() - 1).contains("第二个案件"));
        assertTrue(pages.get(pages.size() - 1).contains("KS-2"));
        assertTrue(pages.get(0).contains("共 " + pages.size() + " 页"));
    }

    @Test
    void englishLabelsWithTheEnglishBundle() throws Exception {
        Path out = dir.resolve("en.pdf");
        new CaseReportPdf(new Messages(Locale.ENGLISH), FONTS).export(SampleReports.sofaCase(), out, CLOCK);
        String all = PdfChecks.text(out);
        assertTrue(all.contains("Late by 12 min"));
        assertTrue(all.contains("Page 1 of"));
    }

    /** Writes the sample reports to target/report-samples for a person to look at. */
    @Test
    void writeSamplesForViewing() throws Exception {
        Path samples = Files.createDirectories(Path.of("target", "report-samples"));
        pdf.export(new ReportMasking().mask(SampleReports.sofaCase()), samples.resolve("case-masked.pdf"), CLOCK);
        new SummaryReportPdf(new Messages(Locale.SIMPLIFIED_CHINESE), FONTS)
                .export(SampleReports.summary(100), samples.resolve("summary-100.pdf"), CLOCK);
        assertTrue(Files.size(samples.resolve("case-masked.pdf")) > 0);
    }

    static CaseReport minimal(String description) {
        return new CaseReport(new CaseReport.Header("星河家居集团", "城东商场", "KS-2", "简短案件", "一般",
                SeverityLevel.LOW, "处理中", null, null, null, SampleReports.at(14, 9, 0), null), null, description,
                null, null, null, null, null, null, null, null, null, null, null, null, "王主管",
                SampleReports.ZONE, false);
    }
}
