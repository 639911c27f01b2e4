package org.crisisdesk.checklist;

import static org.crisisdesk.checklist.ChecklistFixture.SUPERVISOR;
import static org.crisisdesk.checklist.ChecklistFixture.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crisisdesk.common.UserException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChecklistServiceTest {
    @TempDir
    Path dir;
    ChecklistFixture f;

    private ChecklistFixture open() {
        f = new ChecklistFixture(dir, at("10:03"));
        return f;
    }

    @AfterEach
    void close() {
        if (f != null) {
            f.close();
        }
    }

    @Test
    void aMediaContactStartsTheChecklistWithStepOneDoneAndStepTwoDueIn30Minutes() {
        open();
        long c = f.newCase();
        f.addContact(c, "城市晚报", at("10:02"), null);
        Checklist list = f.checklist(c);
        assertTrue(list.isMedia());
        assertEquals(at("10:02"), list.clockStart());
        Step receive = list.step(Step.RECEIVE).orElseThrow();
        assertEquals(StepState.DONE, receive.state());
        assertEquals(at("10:02"), receive.completedAt());
        assertEquals("城市晚报", receive.recorded().get("所属媒体"));
        assertEquals(at("10:32"), f.step(c, Step.REPORT).deadline());
        assertEquals(at("11:02"), f.step(c, "OUTLINE").deadline());
        assertEquals(at("16:02"), f.step(c, "SOLUTION").deadline());
        assertEquals(at("16:02"), f.step(c, "CALL").deadline());
        assertEquals(at("22:02"), f.step(c, "SCRIPT").deadline());
        assertNull(f.step(c, Step.REPLY).deadline());
        assertNull(f.step(c, "CARRY_OUT").deadline());
        assertEquals(StepStatus.PENDING_INPUT, f.step(c, Step.REPLY).status(at("10:03")));
        assertEquals(Step.REPORT, list.currentStep().orElseThrow().key());
        long entries = f.db.jdbi().withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM timeline_entry WHERE incident_id = :i AND kind = 'CHECKLIST' AND field = 'RECEIVE'")
                .bind("i", c).mapTo(Long.class).one());
        assertEquals(1, entries);
    }

    @Test
    void jsonForTheCommandLine() throws Exception {
        open();
        long c = f.newCase();
        f.addContact(c, "城市晚报", at("10:02"), at("18:00"));
        Map<String, Object> json = f.service.json(c);
        assertEquals(at("10:02").toString(), json.get("clockStart"));
        assertEquals("REPORT", json.get("currentStep"));
        String text = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(json);
        assertTrue(text.contains("\"journalistDeadline\":\"" + at("18:00") + "\""), text);
        assertTrue(text.contains("\"status\":\"ON_TIME\""), text);
    }

    @Test
    void aClockStartInTheFutureStartsNow() {
        open();
        long c = f.newCase();
        f.addContact(c, "城市晚报", at("11:00"), null);
        assertEquals(at("10:03"), f.checklist(c).clockStart());
    }

    @Test
    void stepTwoChangesStateAsTimePasses() {
        open();
        long c = f.newCase();
        f.addContact(c, "城市晚报", at("10:02"), null);
        Step report = f.step(c, Step.REPORT);
        assertEquals(StepStatus.ON_TIME, report.status(at("10:25")));
        assertEquals(StepStatus.DUE_SOON, report.status(at("10:26")));
        assertEquals(StepStatus.OVERDUE, report.status(at("10:33")));
        assertEquals("00:12:30", report.countdown(at("10:44:30")).orElseThrow().clockText());
    }

    @Test
    void journalistDeadlineRecomputesOpenStepsOnlyAsInJourneyTwo() {
        open();
        long c = f.newCase();
        f.addContact(c, "城市晚报", at("10:02"), null);
        f.clock.set(at("10:28"));
        Step report = f.step(c, Step.REPORT);
        Optional<String> offer = f.service.complete(report.id(), report.version(),
                Map.of("上报对象", "区域企划部 李经理", "上报方式", "电话", "上报时间", "10:28"), SUPERVISOR);
        assertTrue(offer.isEmpty());
        assertEquals("OUTLINE", f.checklist(c).currentStep().orElseThrow().key());
        assertEquals(at("11:02"), f.checklist(c).currentStep().orElseThrow().deadline());

        f.service.setJournalistDeadline(c, null, at("18:00"), SUPERVISOR);
        assertEquals(at("18:00"), f.step(c, "SCRIPT").deadline());
        assertEquals(at("18:00"), f.step(c, Step.REPLY).deadline());
        assertEquals(at("16:02"), f.step(c, "SOLUTION").deadline());
        assertEquals(at("10:32"), f.step(c, Step.REPORT).deadline());
        assertEquals(at("18:00"), f.checklist(c).outletReplies().get(0).deadline());

        // a done step keeps its deadline even when the journalist's deadline would pull it earlier
        Step solution = f.step(c, "SOLUTION");
        f.service.complete(solution.id(), solution.version(), Map.of("处理方案", "先行赔付", "审批人", "集团营运 张总"),
                SUPERVISOR);
        f.service.setJournalistDeadline(c, null, at("12:00"), SUPERVISOR);
        assertEquals(at("16:02"), f.step(c, "SOLUTION").deadline());
        assertEquals(at("12:00"), f.step(c, "SCRIPT").deadline());
        assertEquals(at("16:02"), f.step(c, "CALL").deadline()); // a plain offset ignores the journalist
    }

    @Test
    void completingAsksForEveryFieldAndOffersTheStatus() {
        open();
        long c = f.newCase();
        f.addContact(c, "城市晚报", at("10:02"), null);
        Step solution = f.step(c, "SOLUTION");
        UserException missing = assertThrows(UserException.class,
                () -> f.service.complete(solution.id(), solution.version(), Map.of("处理方案", "退款"), SUPERVISOR));
        assertEquals("checklist.fieldMissing", missing.key());
        assertEquals(Optional.of("SOLUTION_SET"), f.service.complete(solution.id(), solution.version(),
                Map.of("处理方案", "退款", "审批人", "张总"), SUPERVISOR));
        UserException stale = assertThrows(UserException.class,
                () -> f.service.reopen(solution.id(), solution.version(), SUPERVISOR));
        assertEquals("checklist.changedMeanwhile", stale.key());
    }

    @Test
    void skipNeedsAReasonAndReopenRestoresTheRule() {
        open();
        long c = f.newCase();
        f.addContact(c, "城市晚报", at("10:02"), null);
        Step call = f.step(c, "CALL");
        assertThrows(UserException.class, () -> f.service.skip(call.id(), call.version(), " ", SUPERVISOR));
        f.service.skip(call.id(), call.version(), "领导当面已定口径", SUPERVISOR);
        Step skipped = f.step(c, "CALL");
        assertEquals(StepState.SKIPPED, skipped.state());
        assertEquals("领导当面已定口径", skipped.skipReason());
        f.service.reopen(skipped.id(), skipped.version(), SUPERVISOR);
        Step reopened = f.step(c, "CALL");
        assertTrue(reopened.isOpen());
        assertNull(reopened.skipReason());
        assertEquals(at("16:02"), reopened.deadline());
    }

    @Test
    void agreedTimeGivesStepEightItsDeadline() {
        open();
        long c = f.newCase();
        f.addContact(c, "城市晚报", at("10:02"), null);
        Step carry = f.step(c, "CARRY_OUT");
        assertEquals(StepStatus.PENDING_INPUT, carry.status(at("10:03")));
        f.service.setAgreedTime(carry.id(), carry.version(), at("19:30"), SUPERVISOR);
        assertEquals(at("19:30"), f.step(c, "CARRY_OUT").deadline());
    }

    @Test
    void aGeneralFlowSwitchesToTheMediaChecklistKeepingDoneSteps() {
        open();
        long c = f.newCase();
        f.db.jdbi().useHandle(h -> h.execute("UPDATE incident SET channel = 'CS_SYSTEM' WHERE id = ?", c));
        f.db.jdbi().useTransaction(h -> f.service.onCaseCreated(h, c, at("09:00"), SUPERVISOR));
        Checklist general = f.checklist(c);
        assertEquals(Checklist.GENERAL, general.templateCode());
        Step discovered = general.step(Step.DISCOVER).orElseThrow();
        assertEquals(StepState.DONE, discovered.state());
        // the channel in words, as the timeline and the PDF then show it (not the code CS_SYSTEM)
        assertEquals(List.of("客服系统"), List.copyOf(discovered.recorded().values()));
        assertEquals(at("11:00"), general.step("FACTS").orElseThrow().deadline());
        Step facts = general.step("FACTS").orElseThrow();
        f.service.complete(facts.id(), facts.version(), Map.of("问题类型", "产品质量", "事实经过", "沙发开裂"), SUPERVISOR);

        f.addContact(c, "城市晚报", at("10:02"), null);
        assertTrue(f.checklist(c).isMedia());
        List<Checklist> history = f.service.history(c);
        assertEquals(2, history.size());
        assertFalse(history.get(0).active());
        assertEquals(StepState.DONE, history.get(0).step("FACTS").orElseThrow().state());
        Step oldOpen = history.get(0).step("COORDINATE").orElseThrow();
        assertThrows(UserException.class, () -> f.service.complete(oldOpen.id(), oldOpen.version(), Map.of(), SUPERVISOR));
    }

    @Test
    void aHigherRouteReopensStepTwoAndANewOutletGetsItsOwnReply() {
        open();
        long c = f.newCase();
        f.addContact(c, "城市晚报", at("10:02"), at("18:00"));
        Step report = f.step(c, Step.REPORT);
        f.service.complete(report.id(), report.version(), Map.of("上报对象", "区域企划部", "上报方式", "电话", "上报时间", "10:20"),
                SUPERVISOR);
        f.clock.set(at("12:00"));
        f.level = 2;
        f.addContact(c, "财经日报", at("11:50"), at("15:00"));
        Step reopened = f.step(c, Step.REPORT);
        assertTrue(reopened.isOpen());
        assertEquals(at("12:20"), reopened.deadline());
        List<OutletReply> replies = f.checklist(c).outletReplies();
        assertEquals(2, replies.size());
        assertEquals(at("15:00"), f.step(c, Step.REPLY).deadline());

        long second = replies.get(1).mediaContactId();
        assertTrue(f.service.recordOutletReply(c, second, "正式回复二", SUPERVISOR).isEmpty());
        assertEquals(at("18:00"), f.step(c, Step.REPLY).deadline());
        assertEquals(Optional.of("REPLIED"),
                f.service.recordOutletReply(c, replies.get(0).mediaContactId(), "正式回复一", SUPERVISOR));
        assertEquals(StepState.DONE, f.step(c, Step.REPLY).state());
        // same level again: step 2 stays open, nothing else moves
        f.addContact(c, "另一家", at("12:00"), null);
        assertEquals(StepState.OPEN, f.step(c, Step.REPLY).state());
    }

    @Test
    void dueSoonAndCurrentStepsAcrossCases() {
        open();
        long a = f.newCase();
        long b = f.newCase();
        f.addContact(a, "城市晚报", at("10:02"), null);
        f.addContact(b, "都市报", at("09:00"), null);
        List<DueItem> due = f.service.dueSoon(at("10:03"), Duration.ofHours(1));
        assertEquals(List.of(b, b, a, a), due.stream().map(DueItem::incidentId).toList());
        assertEquals(List.of(at("09:30"), at("10:00"), at("10:32"), at("11:02")),
                due.stream().map(d -> d.step().deadline()).toList());
        Map<Long, Step> current = f.service.currentStepFor(List.of(a, b, 999L));
        assertEquals(at("10:32"), current.get(a).deadline());
        assertEquals(at("09:30"), current.get(b).deadline());
        assertEquals(2, current.size());
    }

    @Test
    void reviewAndTracksAreKeptOnTheCase() {
        open();
        long c = f.newCase();
        f.db.jdbi().useHandle(h -> h.execute("UPDATE media_contact SET expected_publication = NULL"));
        f.addContact(c, "城市晚报", at("10:02"), null);
        f.db.jdbi().useHandle(h -> h.createUpdate("UPDATE media_contact SET expected_publication = :p WHERE incident_id = :i")
                .bindByType("p", at("23:00"), java.time.Instant.class).bind("i", c).execute());
        f.service.addTrackNote(c, Track.CUSTOMER, "已与顾客沟通先行赔付", SUPERVISOR);
        f.service.addTrackNote(c, Track.MEDIA, "已向记者说明处理进展", SUPERVISOR);
        ProblemWindow w = f.service.problemWindow(c);
        assertEquals(Duration.ofMinutes(12 * 60 + 57), w.timeLeft(at("10:03")).orElseThrow());
        assertEquals(1, w.customerSide().size());
        assertEquals("已向记者说明处理进展", w.mediaSide().get(0).body());

        Review r = f.service.saveReview(c, "记者来访", "30 分钟内上报", "预案补充财经类媒体", Review.NEW, SUPERVISOR);
        assertThrows(UserException.class, () -> f.service.saveReview(c, "x", "y", "z", Review.NEW, SUPERVISOR));
        Review r2 = f.service.saveReview(c, "记者来访", "上报及时", "预案补充", r.version(), SUPERVISOR);
        assertEquals("上报及时", f.service.review(c).orElseThrow().whatWorked());
        assertEquals(r.version() + 1, r2.version());
    }
}
