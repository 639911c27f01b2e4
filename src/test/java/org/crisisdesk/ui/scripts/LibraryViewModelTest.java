package org.crisisdesk.ui.scripts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crisisdesk.checker.RuleRepository;
import org.crisisdesk.checker.RuleService;
import org.crisisdesk.common.Actor;
import org.crisisdesk.common.Messages;
import org.crisisdesk.drafting.Placeholder;
import org.crisisdesk.drafting.PlaceholderValues;
import org.crisisdesk.scripts.ImportPlan;
import org.crisisdesk.scripts.PackService;
import org.crisisdesk.scripts.Scenario;
import org.crisisdesk.scripts.Script;
import org.crisisdesk.scripts.ScriptService;
import org.crisisdesk.scripts.ScriptState;
import org.crisisdesk.store.Database;
import org.crisisdesk.store.DatabaseConfig;
import org.crisisdesk.ui.common.Async;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryViewModelTest {
    @TempDir
    Path dir;
    Database db;
    ScriptService scripts;
    LibraryViewModel vm;
    final List<Script> inserted = new ArrayList<>();
    Actor actor = new Actor("王主管", Actor.Role.SUPERVISOR);

    @BeforeEach
    void open() {
        db = Database.open(DatabaseConfig.h2(dir));
        Clock clock = Clock.systemUTC();
        RuleService rules = new RuleService(new RuleRepository(db.jdbi(), clock));
        scripts = new ScriptService(db.jdbi(), rules::checker, clock);
        Messages m = new Messages(Locale.SIMPLIFIED_CHINESE);
        vm = new LibraryViewModel(scripts, new PackService(db.jdbi(), scripts, clock), () -> actor,
                id -> PlaceholderValues.of(Map.of(Placeholder.COMPANY, "红星家居", Placeholder.PROMISED_TIME, "3月16日17时")),
                () -> List.of(new CaseChoice(7, "S01-2026-0007 沙发开裂")), inserted::add,
                new Async(Runnable::run, Runnable::run, m, s -> { }));
        vm.load();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void typingFiltersAndEnterInsertsApprovedScriptsAndCountsUse() {
        vm.queryProperty().set("厂商");
        assertTrue(vm.visible().stream().allMatch(s -> (s.title() + s.body() + s.tags()).contains("厂商")));
        Script first = vm.visible().get(0);
        assertTrue(vm.insert(first));
        assertEquals(List.of(first), inserted);
        assertEquals(1, scripts.find(first.id()).orElseThrow().usageCount());
        vm.scenarioProperty().set(Scenario.INTERNAL_REPORT);
        assertEquals(0, vm.visible().size());
    }

    @Test
    void previewFillsFromTheChosenCase() {
        Script basic1 = vm.visible().stream().filter(s -> s.code().equals("basic-1")).findFirst().orElseThrow();
        vm.select(basic1);
        assertTrue(vm.previewProperty().get().contains("{公司}"));
        vm.chosenCaseProperty().set(vm.cases().get(0));
        assertTrue(vm.previewProperty().get().contains("感谢您对红星家居的关注"), vm.previewProperty().get());
        Script reply = vm.visible().stream().filter(s -> s.code().equals("media-written-reply")).findFirst().orElseThrow();
        vm.select(reply);
        assertTrue(vm.previewProperty().get().contains("3月16日17时"));
        assertTrue(vm.previewNoteProperty().get().contains("{记者}"), vm.previewNoteProperty().get());
    }

    @Test
    void saveApproveBlockedAndDraftNotInsertable() {
        vm.select(null);
        vm.save(true, "试写", Scenario.CUSTOMER_CALMING, "试,草稿", "我认为没问题,{门店}处理。");
        Script draft = vm.selectedProperty().get();
        assertEquals(ScriptState.DRAFT, draft.state());
        assertTrue(vm.statusProperty().get().contains("{门店}"), vm.statusProperty().get());
        vm.approve();
        assertTrue(vm.statusProperty().get().contains("我认为"), vm.statusProperty().get());
        assertEquals(ScriptState.DRAFT, vm.selectedProperty().get().state());
        assertFalse(vm.insert(draft));
        assertTrue(inserted.isEmpty());
    }

    @Test
    void importPreviewThenApply() throws Exception {
        vm.previewImport("{\"format\":\"crisisdesk-scripts\",\"version\":1,\"scripts\":[{\"code\":\"hq-1\",\"title\":\"总部话术\","
                + "\"scenario\":\"媒体接待\",\"tags\":[\"总部\"],\"body\":\"感谢您的关注。\",\"approved\":true,\"revision\":1}]}");
        ImportPlan plan = vm.planProperty().get();
        assertEquals(1, plan.count(ImportPlan.Kind.NEW));
        assertTrue(scripts.findByCode("hq-1").isEmpty(), "preview writes nothing");
        vm.applyImport();
        assertNull(vm.planProperty().get());
        assertEquals(ScriptState.APPROVED, scripts.findByCode("hq-1").orElseThrow().state());

        Script seed = scripts.findByCode("calm-listen").orElseThrow();
        scripts.edit(seed.id(), seed.version(), new org.crisisdesk.scripts.ScriptEdit(seed.title(), seed.scenario(),
                seed.tags(), "本店改写。"), actor);
        vm.previewImport(org.crisisdesk.scripts.PackJson.write(List.of(org.crisisdesk.scripts.PackJson.entryOf(seed)),
                java.time.Instant.now()));
        assertEquals(1, vm.planProperty().get().count(ImportPlan.Kind.CONFLICT));
        vm.toggleTakePack("calm-listen");
        assertEquals(1, vm.planProperty().get().count(ImportPlan.Kind.UPDATED));
        vm.applyImport();
        assertEquals(seed.body(), scripts.findByCode("calm-listen").orElseThrow().body());

        vm.previewImport("{\"format\":\"crisisdesk-scripts\",\"version\":1,\"scripts\":[{\"code\":\"x\"}]}");
        assertNull(vm.planProperty().get());
        assertTrue(vm.statusProperty().get().contains("第 1 行"), vm.statusProperty().get());

        Path out = dir.resolve("pack.json");
        vm.queryProperty().set("总部话术");
        vm.exportTo(out, false);
        assertTrue(Files.readString(out).contains("hq-1"));
        assertFalse(Files.readString(out).contains("basic-1"), "only the visible selection");
    }
}
