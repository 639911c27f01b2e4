package org.crisisdesk.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.crisisdesk.common.UserException;
import org.crisisdesk.reports.assembly.ReportDb;
import org.crisisdesk.reports.pdf.ReportFonts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reports assembled from a real H2 database, written and read back. */
class ReportAssemblyTest {
    private static final ReportFonts FONTS = new ReportFonts();
    @TempDir
    Path dir;

    @AfterAll
    static void closeFonts() throws Exception {
        FONTS.close();
    }

    @Test
    void journeyCaseReportIsMaskedAndCarriesChecklistRepliesAndChainHead() throws Exception {
        try (ReportDb db = new ReportDb(dir.resolve("data"))) {
            long id = db.journeyCase();
            CaseReport report = db.caseAssembler().assemble(id, ReportDb.SUPERVISOR, false);
            assertTrue(report.masked());
            CaseReport.StepRow step3 = report.checklist().stream().filter(r -> r.stepNo() == 3).findFirst().orElseThrow();
            assertEquals(Duration.ofMinutes(12), step3.overdueBy());
            assertEquals(2, report.finalReplies().size());
            assertEquals(ReportDb.at(28, 10, 28), report.escalation().reportedAt());
            assertFalse(report.escalation().departments().isEmpty(), "route from settings");

            Path out = dir.resolve("case.pdf");
            db.exports(FONTS).exportCase(id, out, ReportDb.SUPERVISOR, false, ReportExports.Progress.NONE, () -> false);
            List<String> pages = PdfChecks.pages(out);
            String all = String.join("\n", pages);
            assertTrue(all.contains("布艺沙发扶手开裂"), all);
            assertTrue(all.contains("城市晚报"));
            assertTrue(all.contains("138****5678"), "masked phone");
            assertTrue(all.contains("139****4321"), "masked journalist phone");
            assertFalse(all.contains(ReportDb.PHONE), "no full phone anywhere, timeline included");
            assertFalse(all.contains(ReportDb.CUSTOMER), "customer's name masked in free text too");
            assertFalse(all.contains(ReportDb.JOURNALIST));
            assertFalse(all.contains("110101199003071234"));
            assertFalse(all.contains(ReportDb.FULL_WIDTH_PHONE), "full-width digits masked too");
            assertTrue(all.contains("媒体接待") && all.contains("舆情风险上报") && all.contains("落实顾客端解决方案"),
                    "checklist rows");
            assertTrue(all.contains("超时 12 分钟"), "step 3 late, honestly");
            assertTrue(all.contains("商场已为顾客办理先行赔付"), "final reply in full");
            assertTrue(all.contains("产品质量"), "category label from ref_item");
            assertTrue(all.contains("暂复晚了12分钟"), "review");
            String head = new org.crisisdesk.operators.AuditLog(db.jdbi, db.clock).head().shortForm();
            assertTrue(all.contains(head), "chain head " + head);
            assertTrue(all.contains("扶手开裂.png"));
            assertTrue(all.contains("购物小票.txt") && all.contains("文件缺失"), "missing file listed with a note");
            assertFalse(all.contains(ReportDb.SELFIE), "personal attachment left out");
            for (int i = 0; i < pages.size(); i++) {
                assertTrue(pages.get(i).contains("第 " + (i + 1) + " 页 / 共 " + pages.size() + " 页"));
            }
            assertTrue(PdfChecks.assertFontsEmbedded(out) > 0);
        }
    }

    @Test
    void aCaseWithoutMediaReportsItsGeneralFlowUnderThatName() throws Exception {
        try (ReportDb db = new ReportDb(dir.resolve("data"))) {
            db.clock.set(ReportDb.at(28, 10, 0));
            long id = db.cases(db.clock).create(new org.crisisdesk.cases.NewIncident("SH01", "冰箱制冷差,顾客要求换货",
                    "ONSITE", ReportDb.at(28, 9, 50), null, org.crisisdesk.cases.Honorific.UNKNOWN, null, "QUALITY",
                    "NEGATIVE_REVIEW", "顾客来电反映冰箱制冷差。", org.crisisdesk.cases.Severity.IV, "王主管",
                    org.crisisdesk.cases.UndercoverSigns.NONE), List.of(), ReportDb.SUPERVISOR).id();
            CaseReport report = db.caseAssembler().assemble(id, ReportDb.SUPERVISOR, false);
            assertFalse(report.checklist().isEmpty(), "the general flow starts with the case");
            assertTrue(report.checklist().stream().noneMatch(CaseReport.StepRow::media));

            Path out = dir.resolve("general.pdf");
            db.exports(FONTS).exportCase(id, out, ReportDb.SUPERVISOR, false, ReportExports.Progress.NONE, () -> false);
            String all = PdfChecks.text(out);
            assertTrue(all.contains("客诉处理流程"), all);
            assertFalse(all.contains("涉媒客诉应对清单"), "not titled as the media checklist");
        }
    }

    @Test
    void unmaskedOnlyWithPermissionAndAudited() throws Exception {
        try (ReportDb db = new ReportDb(dir.resolve("data"))) {
            long id = db.journeyCase();
            var audit = new org.crisisdesk.operators.AuditLog(db.jdbi, db.clock);
            long before = audit.head().seq();
            assertThrows(UserException.class, () -> db.caseAssembler().assemble(id, ReportDb.VIEWER, true));
            assertEquals(before, audit.head().seq(), "a refused reveal writes nothing");

            Path out = dir.resolve("full.pdf");
            db.exports(FONTS).exportCase(id, out, ReportDb.SUPERVISOR, true, ReportExports.Progress.NONE, () -> false);
            String all = PdfChecks.text(out);
            assertTrue(all.contains(ReportDb.PHONE) && all.contains(ReportDb.CUSTOMER));
            assertTrue(all.contains(ReportDb.SELFIE), "personal attachment in a full report");
            assertTrue(all.contains(ReportDb.FULL_WIDTH_PHONE), "full report keeps what was typed");
            assertTrue(audit.head().seq() > before, "reveal audited");
            assertTrue(all.contains(audit.head().shortForm()), "chain head covers the reveal");

            // a viewer may still export the masked report
            db.caseAssembler().assemble(id, ReportDb.VIEWER, false);
        }
    }

    @Test
    void summaryOverTheDemoData() throws Exception {
        try (ReportDb db = new ReportDb(dir.resolve("data"))) {
            var loaded = db.loadDemo(java.time.Clock.fixed(ReportDb.at(28, 10, 0), ReportDb.ZONE));
            db.clock.set(ReportDb.at(28, 12, 0));
            var assembler = new org.crisisdesk.reports.assembly.SummaryReportAssembler(db.jdbi, db.messages, db.clock);
            SummaryReport s = assembler.assemble(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 11, 30), null,
                    ReportDb.SUPERVISOR);
            assertEquals(loaded.incidents(), s.cases().size());
            assertEquals(loaded.incidents(), s.byStatus().stream().mapToInt(SummaryReport.Count::count).sum());
            assertEquals(loaded.incidents(), s.byMediaReach().stream().mapToInt(SummaryReport.Count::count).sum());
            assertTrue(s.byMediaReach().stream().anyMatch(c -> c.label().equals("无媒体") && c.count() > 0), s.byMediaReach().toString());
            assertTrue(s.byCategory().stream().anyMatch(c -> c.label().equals("产品质量")), s.byCategory().toString());
            assertFalse(s.stepOnTime().isEmpty(), "media checklists in the period");
            assertEquals(8, s.stepOnTime().size());

            SummaryReport one = assembler.assemble(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 11, 30), "SH01",
                    ReportDb.SUPERVISOR);
            assertTrue(one.cases().size() < s.cases().size() && !one.cases().isEmpty());
            assertThrows(UserException.class, () -> assembler.assemble(LocalDate.of(2026, 2, 1),
                    LocalDate.of(2026, 1, 1), null, ReportDb.SUPERVISOR));

            Path out = dir.resolve("summary.pdf");
            db.exports(FONTS).exportSummary(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 11, 30), null, out,
                    ReportDb.SUPERVISOR, ReportExports.Progress.NONE, () -> false);
            String all = PdfChecks.text(out);
            assertTrue(all.contains("客诉舆情汇总报告"));
            assertTrue(all.contains("无媒体"));
            assertTrue(all.contains(s.cases().get(0).caseNumber()));
        }
    }

    @Test
    void firstReplyAverageRunsFromTheContactToTheHoldingReply() throws Exception {
        try (ReportDb db = new ReportDb(dir.resolve("data"))) {
            db.journeyCase();
            SummaryReport s = new org.crisisdesk.reports.assembly.SummaryReportAssembler(db.jdbi, db.messages, db.clock)
                    .assemble(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), null, ReportDb.SUPERVISOR);
            assertEquals(1, s.firstReplySamples());
            assertEquals(Duration.ofMinutes(72), s.averageFirstReply(), "10:02 → 11:14");
            assertEquals(1, s.cases().get(0).overdueSteps());
            assertEquals("地方性", s.cases().get(0).mediaReach());
        }
    }

    @Test
    void severalCasesOneFileEachOrCombinedWithProgress() throws Exception {
        try (ReportDb db = new ReportDb(dir.resolve("data"))) {
            db.loadDemo(java.time.Clock.fixed(ReportDb.at(28, 10, 0), ReportDb.ZONE));
            List<Long> ids = db.jdbi.withHandle(h -> h.createQuery("SELECT id FROM incident ORDER BY id FETCH FIRST 3 ROWS ONLY")
                    .mapTo(Long.class).list());
            Path folder = Files.createDirectories(dir.resolve("out"));
            List<Double> fractions = new ArrayList<>();
            List<Path> files = db.exports(FONTS).exportCases(ids, folder, ReportExports.Layout.ONE_FILE_EACH,
                    ReportDb.SUPERVISOR, false, (f, m) -> fractions.add(f), () -> false);
            assertEquals(3, files.size());
            files.forEach(f -> assertTrue(Files.isRegularFile(f) && f.getFileName().toString().endsWith(".pdf")));
            assertEquals(1.0, fractions.get(fractions.size() - 1));
            for (int i = 1; i < fractions.size(); i++) {
                assertTrue(fractions.get(i) >= fractions.get(i - 1), fractions.toString());
            }

            Path combined = dir.resolve("all.pdf");
            db.exports(FONTS).exportCases(ids, combined, ReportExports.Layout.COMBINED, ReportDb.SUPERVISOR, false,
                    ReportExports.Progress.NONE, () -> false);
            String all = PdfChecks.text(combined);
            for (CaseReport r : List.of(db.caseAssembler().assemble(ids.get(0), ReportDb.SUPERVISOR, false),
                    db.caseAssembler().assemble(ids.get(2), ReportDb.SUPERVISOR, false))) {
                assertTrue(all.contains(r.header().caseNumber()));
            }
        }
    }

    @Test
    void cancellationLeavesNoFile() throws Exception {
        try (ReportDb db = new ReportDb(dir.resolve("data"))) {
            db.loadDemo(java.time.Clock.fixed(ReportDb.at(28, 10, 0), ReportDb.ZONE));
            List<Long> ids = db.jdbi.withHandle(h -> h.createQuery("SELECT id FROM incident ORDER BY id FETCH FIRST 4 ROWS ONLY")
                    .mapTo(Long.class).list());
            Path folder = Files.createDirectories(dir.resolve("out"));
            // cancelled after two files were already written: both are removed again
            AtomicInteger polls = new AtomicInteger();
            var exports = db.exports(FONTS);
            assertThrows(CancellationException.class, () -> exports.exportCases(ids, folder,
                    ReportExports.Layout.ONE_FILE_EACH, ReportDb.SUPERVISOR, false, ReportExports.Progress.NONE,
                    () -> polls.incrementAndGet() > 12));
            try (Stream<Path> left = Files.list(folder)) {
                assertEquals(List.of(), left.toList());
            }
            // cancelled while the combined file's pages are being finished
            AtomicInteger pagePolls = new AtomicInteger();
            Path combined = folder.resolve("all.pdf");
            assertThrows(CancellationException.class, () -> exports.exportCases(ids, combined,
                    ReportExports.Layout.COMBINED, ReportDb.SUPERVISOR, false, ReportExports.Progress.NONE,
                    () -> pagePolls.incrementAndGet() > ids.size() * 2 + 1));
            try (Stream<Path> left = Files.list(folder)) {
                assertEquals(List.of(), left.toList(), "no partial or temporary file");
            }
        }
    }

    @Test
    void unwritableOutputIsAClearMessage() throws Exception {
        try (ReportDb db = new ReportDb(dir.resolve("data"))) {
            long id = db.journeyCase();
            Path out = dir.resolve("no-such-folder").resolve("x.pdf");
            UserException e = assertThrows(UserException.class, () -> db.exports(FONTS).exportCase(id, out,
                    ReportDb.SUPERVISOR, false, ReportExports.Progress.NONE, () -> false));
            assertEquals("report.cannotWrite", e.key());
            assertFalse(Files.exists(out));
            assertNotNull(e.localized(db.messages));
        }
    }
}
