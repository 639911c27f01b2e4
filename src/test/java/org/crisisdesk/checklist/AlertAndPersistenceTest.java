package org.crisisdesk.checklist;

import static org.crisisdesk.checklist.ChecklistFixture.SUPERVISOR;
import static org.crisisdesk.checklist.ChecklistFixture.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlertAndPersistenceTest {
    @TempDir
    Path dir;

    @Test
    void alertsFireOnceEvenAcrossARestart() {
        long c;
        try (ChecklistFixture f = new ChecklistFixture(dir, at("10:03"))) {
            c = f.newCase();
            f.addContact(c, "城市晚报", at("10:02"), null);
            AlertMonitor monitor = new AlertMonitor(f.db.jdbi());
            assertEquals(List.of(), monitor.poll(at("10:25")));
            List<Alert> amber = monitor.poll(at("10:26"));
            assertEquals(1, amber.size());
            assertEquals(Alert.Kind.DUE_SOON, amber.get(0).kind());
            assertEquals("舆情风险上报", amber.get(0).stepTitle());
            assertEquals(c, amber.get(0).incidentId());
            assertEquals(List.of(), monitor.poll(at("10:27")));
        }
        try (ChecklistFixture f = new ChecklistFixture(dir, at("10:40"))) {
            AlertMonitor monitor = new AlertMonitor(f.db.jdbi());
            assertEquals(List.of(), monitor.poll(at("10:30")));
            List<Alert> late = monitor.poll(at("10:40"));
            assertEquals(List.of(Alert.Kind.OVERDUE), late.stream().map(Alert::kind).toList());
            assertEquals(List.of(), monitor.poll(at("10:41")));
        }
        try (ChecklistFixture f = new ChecklistFixture(dir, at("10:42"))) {
            assertEquals(List.of(), new AlertMonitor(f.db.jdbi()).poll(at("10:42")));
        }
    }

    @Test
    void aStepFoundOverdueAfterDowntimeFiresOnlyItsOverdueAlert() {
        try (ChecklistFixture f = new ChecklistFixture(dir, at("10:03"))) {
            long c = f.newCase();
            f.addContact(c, "城市晚报", at("10:02"), null);
            List<Alert> alerts = new AlertMonitor(f.db.jdbi()).poll(at("11:30"));
            // step 2 (10:32) and step 3 (11:02) overdue; nothing due soon yet for 6 h steps
            assertEquals(List.of(Alert.Kind.OVERDUE, Alert.Kind.OVERDUE), alerts.stream().map(Alert::kind).toList());
        }
    }

    @Test
    void theChecklistSurvivesReopeningTheFileAndTimersAreDerivedFromTheClock() {
        long c;
        try (ChecklistFixture f = new ChecklistFixture(dir, at("10:03"))) {
            c = f.newCase();
            f.addContact(c, "城市晚报", at("10:02"), null);
            Step report = f.step(c, Step.REPORT);
            f.clock.set(at("10:28"));
            f.service.complete(report.id(), report.version(), Map.of("上报对象", "区域企划部", "上报方式", "电话", "上报时间", "10:28"),
                    SUPERVISOR);
            f.service.setJournalistDeadline(c, null, at("18:00"), SUPERVISOR);
        }
        try (ChecklistFixture f = new ChecklistFixture(dir, at("11:14"))) {
            Checklist list = f.checklist(c);
            Step report = list.step(Step.REPORT).orElseThrow();
            assertEquals(StepState.DONE, report.state());
            assertEquals(at("10:28"), report.completedAt());
            assertEquals("区域企划部", report.recorded().get("上报对象"));
            Step outline = list.currentStep().orElseThrow();
            assertEquals("OUTLINE", outline.key());
            assertEquals(StepStatus.OVERDUE, outline.status(f.clock.instant()));
            assertEquals("00:12:00", outline.countdown(f.clock.instant()).orElseThrow().clockText());
            assertEquals(at("18:00"), list.step(Step.REPLY).orElseThrow().deadline());
        }
    }

    @Test
    void complianceRowsAndOnTimeShares() {
        try (ChecklistFixture f = new ChecklistFixture(dir, at("10:03"))) {
            long c = f.newCase();
            f.addContact(c, "城市晚报", at("10:02"), null);
            f.clock.set(at("11:14"));
            Step outline = f.step(c, "OUTLINE");
            f.service.complete(outline.id(), outline.version(), Map.of("采访提纲", "三个问题", "暂复内容", "话术1"), SUPERVISOR);
            Step call = f.step(c, "CALL");
            f.service.skip(call.id(), call.version(), "当面已定", SUPERVISOR);
            ChecklistReportRows rows = new ChecklistReportRows(f.db.jdbi());
            List<ComplianceRecord> records = rows.stepRows(c, at("11:14"));
            assertEquals(8, records.size());
            ComplianceRecord late = records.get(2);
            assertEquals(ComplianceRecord.Outcome.OVERDUE, late.outcome());
            assertEquals(Duration.ofMinutes(12), late.lateBy());
            assertEquals(ComplianceRecord.Outcome.ON_TIME, records.get(0).outcome());
            assertEquals(ComplianceRecord.Outcome.OPEN_OVERDUE, records.get(1).outcome());
            assertEquals(ComplianceRecord.Outcome.SKIPPED, records.get(4).outcome());
            assertEquals(ComplianceRecord.Outcome.PENDING_INPUT, records.get(6).outcome());
            assertEquals(at("10:02"), rows.clockStart(c).orElseThrow());

            List<StepShare> shares = rows.onTimeShares(at("00:00"), at("23:59"), null);
            assertEquals(8, shares.size());
            assertEquals(1.0, shares.get(0).onTimeShare());
            assertEquals(0.0, shares.get(2).onTimeShare());
            assertTrue(Double.isNaN(shares.get(1).onTimeShare()));
            assertEquals(1, shares.get(4).skipped());
            assertEquals(List.of(), rows.onTimeShares(at("00:00"), at("23:59"), "OTHER"));
        }
    }

    @Test
    void editingATemplateLeavesRunningChecklistsAlone() {
        try (ChecklistFixture f = new ChecklistFixture(dir, at("10:03"))) {
            long c = f.newCase();
            f.addContact(c, "城市晚报", at("10:02"), null);
            TemplateService templates = new TemplateService(f.db.jdbi());
            TemplateStep report = templates.template(Checklist.MEDIA).steps().get(1);
            templates.saveStep(new TemplateStep(report.templateCode(), report.stepNo(), report.key(), "立即上报",
                    report.leadDepartments(), report.supportDepartments(), report.guidance(), report.recordFields(),
                    DeadlineRule.offset(Duration.ofMinutes(15)), null, report.version()), SUPERVISOR);
            assertEquals("立即上报", templates.template(Checklist.MEDIA).steps().get(1).title());
            assertEquals("舆情风险上报", f.step(c, Step.REPORT).title());
            assertEquals(at("10:32"), f.step(c, Step.REPORT).deadline());
            long d = f.newCase();
            f.addContact(d, "都市报", at("10:02"), null);
            assertEquals(at("10:17"), f.step(d, Step.REPORT).deadline());
        }
    }

    @Test
    void demoSeedsEveryState() {
        try (ChecklistFixture f = new ChecklistFixture(dir, at("12:00"))) {
            ChecklistDemo demo = new ChecklistDemo(f.service);
            java.time.Instant now = at("12:00");
            Map<ChecklistDemo.DemoState, StepStatus> expected = Map.of(
                    ChecklistDemo.DemoState.ON_TIME, StepStatus.ON_TIME,
                    ChecklistDemo.DemoState.DUE_SOON, StepStatus.DUE_SOON,
                    ChecklistDemo.DemoState.OVERDUE, StepStatus.OVERDUE,
                    ChecklistDemo.DemoState.PENDING, StepStatus.PENDING_INPUT,
                    ChecklistDemo.DemoState.GENERAL, StepStatus.ON_TIME);
            for (var e : expected.entrySet()) {
                long c = f.newCase();
                f.db.jdbi().useTransaction(h -> demo.seed(h, c, now, e.getKey(), SUPERVISOR));
                assertEquals(e.getValue(), f.checklist(c).currentStep().orElseThrow().status(now), e.getKey().name());
            }
            long done = f.newCase();
            f.db.jdbi().useTransaction(h -> demo.seed(h, done, now, ChecklistDemo.DemoState.DONE, SUPERVISOR));
            assertTrue(f.checklist(done).currentStep().isEmpty());
            assertEquals(ComplianceRecord.Outcome.OVERDUE,
                    new ChecklistReportRows(f.db.jdbi()).stepRows(done, now).get(2).outcome());
        }
    }
}
