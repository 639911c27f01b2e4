package org.crisisdesk.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.crisisdesk.app.Main;
import org.crisisdesk.common.Actor;
import org.crisisdesk.common.Messages;
import org.crisisdesk.operators.AuditLog;
import org.crisisdesk.operators.OperatorService;
import org.crisisdesk.operators.PinHasher;
import org.crisisdesk.store.Database;
import org.crisisdesk.store.DatabaseConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

class ReportCommandTest {
    @TempDir
    Path dir;

    private CliRun.Result report(String pin, String... args) {
        CommandLine cli = Main.commandLine(new Messages(Locale.SIMPLIFIED_CHINESE));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        ReportCommand cmd = (ReportCommand) cli.getSubcommands().get("report").getCommand();
        cmd.clock = CliRun.NOW;
        cmd.pinInput = pin == null ? null : new BufferedReader(new StringReader(pin + "\n"));
        List<String> all = new ArrayList<>(List.of("--data-dir", dir.resolve("data").toString(), "report"));
        all.addAll(List.of(args));
        int exit = cli.execute(all.toArray(String[]::new));
        return new CliRun.Result(exit, out.toString(), err.toString());
    }

    private String firstCaseWithPhone() {
        try (Database db = Database.open(DatabaseConfig.h2(dir.resolve("data")))) {
            return db.jdbi().withHandle(h -> h.createQuery("SELECT case_no FROM incident WHERE customer_phone LIKE '1%' "
                    + "AND LENGTH(customer_phone) = 11 ORDER BY id FETCH FIRST 1 ROWS ONLY").mapTo(String.class).one());
        }
    }

    private String phoneOf(String caseNo) {
        try (Database db = Database.open(DatabaseConfig.h2(dir.resolve("data")))) {
            return db.jdbi().withHandle(h -> h.createQuery("SELECT customer_phone FROM incident WHERE case_no = :n")
                    .bind("n", caseNo).mapTo(String.class).one());
        }
    }

    private static String text(Path pdf) throws IOException {
        try (var doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void caseReportMaskedByDefault() throws Exception {
        assertEquals(0, CliRun.run(dir.resolve("data"), "demo").exit());
        String caseNo = firstCaseWithPhone();
        String phone = phoneOf(caseNo);
        Path out = dir.resolve("case.pdf");
        CliRun.Result r = report(null, caseNo, "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("已生成报告"), r.out());
        String all = text(out);
        assertTrue(all.contains(caseNo));
        assertTrue(all.contains(phone.substring(0, 3) + "****" + phone.substring(7)), all);
        assertFalse(all.contains(phone));
    }

    @Test
    void unmaskNeedsAnOperatorWithPin() throws Exception {
        assertEquals(0, CliRun.run(dir.resolve("data"), "demo").exit());
        // demo brings its operators: 王主管 (supervisor, 246810) and 访客 (viewer, 864200)
        String caseNo = firstCaseWithPhone();
        String phone = phoneOf(caseNo);
        Path out = dir.resolve("full.pdf");

        CliRun.Result noOperator = report(null, caseNo, "--out", out.toString(), "--unmask");
        assertEquals(2, noOperator.exit());
        assertTrue(noOperator.err().contains("--operator"), noOperator.err());
        assertFalse(Files.exists(out));

        CliRun.Result viewer = report("864200", caseNo, "--out", out.toString(), "--unmask", "--operator", "访客");
        assertEquals(2, viewer.exit());
        assertFalse(Files.exists(out), viewer.err());

        CliRun.Result wrongPin = report("000000", caseNo, "--out", out.toString(), "--unmask", "--operator", "王主管");
        assertEquals(2, wrongPin.exit());
        assertFalse(Files.exists(out));

        CliRun.Result ok = report("246810", caseNo, "--out", out.toString(), "--unmask", "--operator", "王主管");
        assertEquals(0, ok.exit(), ok.err());
        assertTrue(text(out).contains(phone));
    }

    @Test
    void unknownCaseAndUnwritableOutputExitTwoWithoutAFile() throws Exception {
        assertEquals(0, CliRun.run(dir.resolve("data"), "demo").exit());
        Path out = dir.resolve("x.pdf");
        CliRun.Result unknown = report(null, "NOPE-0000", "--out", out.toString());
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("找不到案件"), unknown.err());
        assertFalse(Files.exists(out));

        Path bad = dir.resolve("missing-folder").resolve("x.pdf");
        CliRun.Result unwritable = report(null, firstCaseWithPhone(), "--out", bad.toString());
        assertEquals(2, unwritable.exit());
        assertTrue(unwritable.err().contains("无法写入报告文件"), unwritable.err());
        assertFalse(Files.exists(bad));
        assertEquals(1, unwritable.err().strip().lines().count(), unwritable.err());
    }

    @Test
    void summaryForAPeriodAndAStore() throws Exception {
        assertEquals(0, CliRun.run(dir.resolve("data"), "demo").exit());
        Path out = dir.resolve("summary.pdf");
        CliRun.Result r = report(null, "--summary", "--from", "2026-01-01", "--to", "2026-11-30", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(text(out).contains("客诉舆情汇总报告"));

        Path one = dir.resolve("sh01.pdf");
        assertEquals(0, report(null, "--summary", "--from", "2026-01-01", "--to", "2026-11-30", "--store", "SH01",
                "--out", one.toString()).exit());
        assertTrue(text(one).contains("上海真北商场"));

        CliRun.Result noDates = report(null, "--summary", "--out", out.toString());
        assertEquals(2, noDates.exit());
        assertTrue(noDates.err().contains("--from"), noDates.err());
        CliRun.Result badStore = report(null, "--summary", "--from", "2026-01-01", "--to", "2026-11-30", "--store", "XX",
                "--out", dir.resolve("xx.pdf").toString());
        assertEquals(2, badStore.exit());
        assertFalse(Files.exists(dir.resolve("xx.pdf")));
    }

    @Test
    void helpListsTheOptionsInChinese() {
        CliRun.Result r = report(null, "--help");
        assertEquals(0, r.exit(), r.err());
        // picocli reads option texts in the JVM's locale, like the other subcommands
        assertTrue(r.out().contains("--unmask") && r.out().contains("--summary"), r.out());
        assertTrue(r.out().contains("PDF"), r.out());
        assertFalse(r.out().contains("Without a subcommand"), r.out());
        CliRun.Result neither = report(null, "--out", dir.resolve("x.pdf").toString());
        assertEquals(2, neither.exit());
        assertTrue(neither.err().contains("案件编号"), neither.err());
    }
}
