package org.crisisdesk.app.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import org.crisisdesk.cases.AttachmentStore;
import org.crisisdesk.checker.RuleRepository;
import org.crisisdesk.checker.RuleService;
import org.crisisdesk.common.Actor;
import org.crisisdesk.common.Messages;
import org.crisisdesk.common.UserException;
import org.crisisdesk.operators.AuditLog;
import org.crisisdesk.reports.CaseReportPdf;
import org.crisisdesk.reports.ReportExports;
import org.crisisdesk.reports.SummaryReportPdf;
import org.crisisdesk.reports.assembly.CaseReportAssembler;
import org.crisisdesk.reports.assembly.SummaryReportAssembler;
import org.crisisdesk.reports.pdf.ReportFonts;
import org.crisisdesk.store.DataDirectory;
import org.crisisdesk.store.Database;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code report CASE_NO --out FILE.pdf [--unmask --operator NAME]} and
 * {@code report --summary --from DATE --to DATE [--store S] --out FILE.pdf}. Masked unless an
 * operator who may reveal personal data signs in with a PIN; the reveal is audited.
 */
@Command(name = "report", mixinStandardHelpOptions = true, resourceBundle = "org.crisisdesk.i18n.reports")
final class ReportCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Parameters(index = "0", arity = "0..1", paramLabel = "CASE_NO", descriptionKey = "report.cli.opt.caseNo")
    String caseNo;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", descriptionKey = "report.cli.opt.out")
    Path out;

    @Option(names = "--unmask", descriptionKey = "report.cli.opt.unmask")
    boolean unmask;

    @Option(names = "--operator", paramLabel = "NAME", descriptionKey = "report.cli.opt.operator")
    String operator;

    @Option(names = "--summary", descriptionKey = "report.cli.opt.summary")
    boolean summary;

    @Option(names = "--from", paramLabel = "DATE", descriptionKey = "report.cli.opt.from")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", descriptionKey = "report.cli.opt.to")
    LocalDate to;

    @Option(names = "--store", paramLabel = "S", descriptionKey = "report.cli.opt.store")
    String store;

    /** Tests pin "now" and the zone, and feed the PIN. */
    Clock clock = Clock.systemDefaultZone();
    BufferedReader pinInput;

    @Override
    public Integer call() throws IOException {
        Messages m = root.messages();
        if (summary ? from == null || to == null : caseNo == null) {
            throw new UserException(summary ? "report.cli.summaryNeedsDates" : "report.cli.caseOrSummary");
        }
        if (unmask && operator == null) {
            throw new UserException("report.cli.unmaskNeedsOperator");
        }
        try (Database db = root.openExistingDatabase()
                .orElseThrow(() -> new UserException("case.notFound", summary ? "" : caseNo.strip()));
             ReportFonts fonts = new ReportFonts()) {
            Actor actor = operator == null ? root.actor() : CliOperator.authenticate(root, db, operator, pinInput);
            var jdbi = db.jdbi();
            AuditLog audit = new AuditLog(jdbi, clock);
            CaseReportAssembler cases = new CaseReportAssembler(jdbi,
                    new AttachmentStore(DataDirectory.attachments(root.dataDir())),
                    new RuleService(new RuleRepository(jdbi, clock)).checker(), audit, m, clock);
            ReportExports exports = new ReportExports(cases, new SummaryReportAssembler(jdbi, m, clock),
                    new CaseReportPdf(m, fonts), new SummaryReportPdf(m, fonts), m, clock);
            Path written;
            if (summary) {
                written = exports.exportSummary(from, to, store, out, actor, ReportExports.Progress.NONE, () -> false);
            } else {
                written = exports.exportCases(List.of(cases.idOf(caseNo)), out, ReportExports.Layout.COMBINED, actor,
                        unmask, ReportExports.Progress.NONE, () -> false).get(0);
            }
            root.out().println(m.get("report.cli.written", written.toAbsolutePath()));
            root.out().flush();
        }
        return 0;
    }
}
