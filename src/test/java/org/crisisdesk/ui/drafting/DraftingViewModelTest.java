package org.crisisdesk.ui.drafting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicReference;
import org.crisisdesk.common.Actor;
import org.crisisdesk.common.Messages;
import org.crisisdesk.drafting.DefaultScriptSource;
import org.crisisdesk.drafting.Draft;
import org.crisisdesk.drafting.DraftKind;
import org.crisisdesk.drafting.DraftService;
import org.crisisdesk.drafting.DraftState;
import org.crisisdesk.drafting.DraftVersion;
import org.crisisdesk.drafting.FakePhraseChecker;
import org.crisisdesk.drafting.FinalReplyListener;
import org.crisisdesk.drafting.Placeholder;
import org.crisisdesk.drafting.PlaceholderValues;
import org.crisisdesk.drafting.ScriptSnippet;
import org.crisisdesk.drafting.TestDb;
import org.crisisdesk.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The view model without a display: same-thread executors, a real H2 file. */
class DraftingViewModelTest {
    private static final Actor STAFF = new Actor("小陈", Actor.Role.STAFF);
    private static final Actor BOSS = new Actor("王主管", Actor.Role.SUPERVISOR);

    @TempDir
    Path dir;
    private Database db;
    private DraftService service;
    private DraftingViewModel vm;
    private long incident;
    private final AtomicReference<Actor> actor = new AtomicReference<>(STAFF);
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

    @BeforeEach
    void setUp() {
        db = TestDb.open(dir);
        incident = TestDb.incident(db, "S01-2026-0007");
        service = new DraftService(db.jdbi(), Clock.systemUTC(), FinalReplyListener.NONE);
        PlaceholderValues values = PlaceholderValues.of(Map.of(Placeholder.COMPANY, "红星家居",
                Placeholder.MALL, "城南商场", Placeholder.CASE_NO, "S01-2026-0007", Placeholder.DATE, "2026年3月14日",
                Placeholder.JOURNALIST, "刘", Placeholder.OUTLET, "城市晚报"));
        vm = new DraftingViewModel(incident, service, (i, c) -> values, new DefaultScriptSource(),
                new FakePhraseChecker(), Runnable::run, Runnable::run, timer, Duration.ofSeconds(30), actor::get,
                new Messages(Locale.SIMPLIFIED_CHINESE));
    }

    @AfterEach
    void tearDown() {
        timer.shutdownNow();
        db.close();
    }

    private DraftSession newFormalReply() {
        vm.newDraft(DraftKind.FORMAL_REPLY, null, null);
        return vm.selectedProperty().get();
    }

    @Test
    void newDraftIsListedOpenedAndSelected() {
        DraftSession s = newFormalReply();
        assertEquals(1, vm.getDrafts().size());
        assertEquals("正式回复", vm.getDrafts().get(0).title());
        assertEquals(List.of(s), vm.getOpen());
        vm.open(s.id());
        assertEquals(1, vm.getOpen().size(), "opening an open draft selects its tab");
    }

    @Test
    void typedTextIsSavedOnFlushAndUnchangedTextIsNot() {
        DraftSession s = newFormalReply();
        vm.textChanged(s, "您好");
        assertTrue(s.dirtyProperty().get());
        vm.flushAll();
        assertEquals("您好", service.get(s.id()).text());
        assertFalse(s.dirtyProperty().get());
        int version = service.get(s.id()).version();
        vm.textChanged(s, "您好");
        vm.flushAll();
        assertEquals(version, service.get(s.id()).version());
    }

    @Test
    void scriptFillsFromTheCaseAndPromisedTimeBlocksFinal() {
        DraftSession s = newFormalReply();
        ScriptSnippet media = vm.scripts().stream()
                .filter(x -> x.id().equals(DefaultScriptSource.MEDIA_WRITTEN_REPLY)).findFirst().orElseThrow();
        String filled = vm.fillScript(s, media);
        assertTrue(filled.startsWith("城市晚报刘记者:"), filled);
        assertTrue(filled.contains("案件编号S01-2026-0007"));
        assertTrue(filled.contains("{承诺时间}"));
        vm.textChanged(s, filled);
        assertEquals(List.of("{承诺时间}"), s.getUnfilled());
        assertFalse(s.finalisableProperty().get());
        vm.markFinal(s);
        assertTrue(vm.statusIsErrorProperty().get());
        assertEquals("不能定稿:还有未填写的占位符({承诺时间})。", vm.statusProperty().get());
        vm.textChanged(s, filled.replace("{承诺时间}", "3月15日18时"));
        assertTrue(s.finalisableProperty().get());
        vm.markFinal(s);
        assertFalse(vm.statusIsErrorProperty().get(), vm.statusProperty().get());
        assertEquals(DraftState.FINAL, s.getDraft().state());
        assertFalse(s.finalisableProperty().get());
        assertEquals(DraftState.FINAL, vm.getDrafts().get(0).state());
    }

    @Test
    void blockedFinalNamesThePhraseAndASupervisorMayOverride() {
        DraftSession s = newFormalReply();
        vm.textChanged(s, "这个是私单,退不了");
        s.blockCountProperty().set(2);
        assertFalse(s.finalisableProperty().get());
        vm.markFinal(s);
        assertEquals("不能定稿:还有 2 处禁止用语(私单、退不了)。请改用建议的措辞。", vm.statusProperty().get());
        vm.markFinalWithOverride(s, "总部同意");
        assertEquals("小陈 不是主管,不能强制定稿。", vm.statusProperty().get());
        actor.set(BOSS);
        vm.markFinalWithOverride(s, "集团企划已批准");
        Draft d = s.getDraft();
        assertEquals(DraftState.FINAL, d.state());
        assertEquals("集团企划已批准", d.overrideReason());
        assertEquals("这个是私单,退不了", vm.copyText(s));
    }

    @Test
    void restoreReloadsTheEditorText() {
        DraftSession s = newFormalReply();
        vm.textChanged(s, "第一稿");
        vm.flushAll();
        AtomicReference<List<DraftVersion>> versions = new AtomicReference<>();
        vm.loadVersions(s, versions::set);
        DraftVersion first = versions.get().get(0);
        vm.textChanged(s, "第二稿");
        long before = s.reloadProperty().get().seq();
        vm.restore(s, first);
        assertEquals("第一稿", s.reloadProperty().get().text());
        assertTrue(s.reloadProperty().get().seq() > before);
        assertEquals("第一稿", service.get(s.id()).text());
        assertEquals("第二稿", service.versions(s.id()).get(0).text(), "the replaced text was kept");
    }

    @Test
    void closingATabSavesItsPendingText() {
        DraftSession s = newFormalReply();
        vm.textChanged(s, "关闭前的字");
        vm.close(s);
        assertTrue(vm.getOpen().isEmpty());
        assertEquals("关闭前的字", service.get(s.id()).text());
        vm.refresh();
        assertEquals(s.id(), vm.getDrafts().get(0).id());
    }
}
