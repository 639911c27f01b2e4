package org.crisisdesk.ui.checklist;

import static org.crisisdesk.checklist.ChecklistFixture.SUPERVISOR;
import static org.crisisdesk.checklist.ChecklistFixture.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.crisisdesk.checklist.Alert;
import org.crisisdesk.checklist.ChecklistFixture;
import org.crisisdesk.checklist.RouteInfo;
import org.crisisdesk.checklist.Step;
import org.crisisdesk.checklist.StepState;
import org.crisisdesk.checklist.StepStatus;
import org.crisisdesk.common.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The view models with a same-thread executor: plain JUnit, no FX toolkit. */
class StepViewModelTest {
    static final Messages ZH = new Messages(Locale.SIMPLIFIED_CHINESE);
    static final RouteInfo ROUTE = new RouteInfo("区域通道", List.of("区域企划部", "区域营运部"),
            List.of(new RouteInfo.Person("区域企划部", "李经理", "经理", "13900000000")));

    @TempDir
    Path dir;
    ChecklistFixture f;
    final List<String> offers = new ArrayList<>();
    StepViewModel vm;
    long c;

    @BeforeEach
    void setUp() {
        f = new ChecklistFixture(dir, at("10:03"));
        c = f.newCase();
        f.addContact(c, "城市晚报", at("10:02"), null);
        vm = new StepViewModel(f.service, id -> Optional.of(ROUTE), (id, status) -> offers.add(id + ":" + status),
                Runnable::run, f.clock, () -> SUPERVISOR, ZH);
        vm.load(c);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void loadsTheCurrentStepAndItsRoute() {
        assertEquals(8, vm.steps().size());
        assertEquals(Step.REPORT, vm.currentStepProperty().get().key());
        assertEquals(vm.currentStepProperty().get(), vm.selectedStepProperty().get());
        assertEquals("区域通道", vm.routeProperty().get().name());
        assertEquals(1, vm.outletReplies().size());
    }

    @Test
    void completingMovesToTheNextStepAndOffersStatuses() {
        vm.complete(Map.of("上报对象", "区域企划部 李经理", "上报方式", "电话", "上报时间", "10:28"));
        assertNull(vm.errorProperty().get());
        assertEquals("OUTLINE", vm.currentStepProperty().get().key());
        vm.complete(Map.of("采访提纲", ""));
        assertEquals("请填写“采访提纲”后再完成此步骤。", vm.errorProperty().get());

        vm.selectedStepProperty().set(vm.steps().get(3));
        vm.complete(Map.of("处理方案", "先行赔付", "审批人", "张总"));
        assertEquals(List.of(c + ":SOLUTION_SET"), offers);
    }

    @Test
    void skipReopenAndTimesFromTheKeyboard() {
        vm.skip("当面已报");
        assertEquals(StepState.SKIPPED, vm.steps().get(1).state());
        vm.selectedStepProperty().set(vm.steps().get(1));
        vm.reopen();
        assertEquals(StepState.OPEN, vm.steps().get(1).state());

        vm.setJournalistDeadline("18:00");
        assertEquals(at("18:00"), vm.steps().get(6).deadline());
        assertEquals(at("18:00"), vm.steps().get(5).deadline());
        vm.selectedStepProperty().set(vm.steps().get(7));
        vm.setAgreedTime("2026-03-10 19:30");
        assertEquals(at("19:30"), vm.steps().get(7).deadline());
        vm.setAgreedTime("half past seven");
        assertTrue(vm.errorProperty().get().contains("half past seven"));
    }

    @Test
    void countdownTextFollowsTheClock() {
        Step report = vm.steps().get(1);
        assertEquals(new CountdownText(StepStatus.ON_TIME, "00:29:00"),
                CountdownText.of(report.state(), report.windowStart(), report.deadline(), at("10:03"), ZH));
        assertEquals(StepStatus.DUE_SOON,
                CountdownText.of(report.state(), report.windowStart(), report.deadline(), at("10:26"), ZH).status());
        assertEquals("超时 00:12:30",
                CountdownText.of(report.state(), report.windowStart(), report.deadline(), at("10:44:30"), ZH).text());
        assertEquals("待定", CountdownText.of(StepState.OPEN, report.windowStart(), null, at("10:03"), ZH).text());
    }

    @Test
    void alertsNameCaseAndStepUnlessLocked() {
        AlertPresenter presenter = new AlertPresenter(ZH, id -> {
        });
        List<Alert> alerts = List.of(
                new Alert(Alert.Kind.DUE_SOON, c, "SH01-2026-0001", "沙发开裂", 1, 2, "舆情风险上报", at("10:32")),
                new Alert(Alert.Kind.OVERDUE, c, "SH01-2026-0001", "沙发开裂", 2, 3, "联系记者", at("11:02")));
        List<AlertPresenter.Shown> open = presenter.describe(alerts);
        assertEquals("SH01-2026-0001 沙发开裂:第 2 步 舆情风险上报", open.get(0).text());
        assertEquals("步骤已超时", open.get(1).title());
        assertEquals(c, open.get(0).incidentId());
        presenter.lockedProperty().set(true);
        List<AlertPresenter.Shown> locked = presenter.describe(alerts);
        assertEquals(1, locked.size());
        assertNull(locked.get(0).incidentId());
        assertEquals("1 个步骤即将到期,1 个步骤已超时。请解锁后查看。", locked.get(0).text());
        List<AlertPresenter.Shown> sunk = new ArrayList<>();
        presenter.setSink(sunk::add);
        presenter.present(alerts);
        assertEquals(locked, sunk);
    }

    @Test
    void theSharedTickerPollsAlertsWhichShowOnce() {
        Ticker ticker = new Ticker(f.clock);
        AlertPresenter presenter = new AlertPresenter(ZH, id -> {
        });
        List<AlertPresenter.Shown> sunk = new ArrayList<>();
        presenter.setSink(sunk::add);
        presenter.attach(ticker, new org.crisisdesk.checklist.AlertMonitor(f.db.jdbi()), Runnable::run);
        f.clock.set(at("10:26"));
        for (int i = 0; i < 2 * AlertPresenter.POLL_TICKS; i++) {
            f.clock.advance(Duration.ofSeconds(1));
            ticker.tick();
        }
        assertEquals(1, sunk.size());
        assertEquals("步骤即将到期", sunk.get(0).title());
    }

    @Test
    void dueSoonModelListsAcrossCases() {
        DueSoonModel model = new DueSoonModel(f.service, Runnable::run, new Ticker(f.clock), ZH);
        model.refresh();
        assertEquals(List.of(at("10:32"), at("11:02")), model.items().stream().map(d -> d.step().deadline()).toList());
        f.clock.advance(Duration.ofHours(5));
        model.refresh();
        assertEquals(4, model.items().size());
    }

    @Test
    void reviewAndProblemWindowModels() {
        ReviewViewModel review = new ReviewViewModel(f.service, Runnable::run, () -> SUPERVISOR, ZH);
        review.load(c);
        review.save();
        assertEquals("请至少填写“发生了什么”。", review.errorProperty().get());
        review.whatHappenedProperty().set("记者来访");
        review.save();
        assertTrue(review.savedProperty().get());
        review.whatWorkedProperty().set("上报及时");
        review.save();
        assertEquals("上报及时", f.service.review(c).orElseThrow().whatWorked());

        ProblemWindowViewModel window = new ProblemWindowViewModel(f.service, Runnable::run, () -> SUPERVISOR, ZH);
        window.load(c);
        window.addNote(org.crisisdesk.checklist.Track.CUSTOMER, "已电话安抚顾客");
        assertEquals(1, window.windowProperty().get().customerSide().size());
    }

    @Test
    void templatesModelEditsForNewChecklistsOnly() {
        TemplatesViewModel tm = new TemplatesViewModel(new org.crisisdesk.checklist.TemplateService(f.db.jdbi()),
                Runnable::run, () -> SUPERVISOR, ZH);
        tm.load();
        assertEquals("MEDIA", tm.templateProperty().get().code());
        tm.stepProperty().set(tm.steps().get(1));
        tm.offsetMinutesProperty().set("abc");
        tm.save();
        assertEquals("时限“abc”无效:请输入分钟数(0 或正整数)。", tm.errorProperty().get());
        tm.offsetMinutesProperty().set("20");
        tm.save();
        assertNull(tm.errorProperty().get());
        assertEquals(20, tm.steps().get(1).rule().offsetMinutes());
        assertEquals(at("10:32"), f.step(c, Step.REPORT).deadline());
    }
}
