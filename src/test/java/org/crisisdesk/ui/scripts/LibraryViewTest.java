package org.crisisdesk.ui.scripts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.crisisdesk.checker.RuleRepository;
import org.crisisdesk.checker.RuleService;
import org.crisisdesk.common.Actor;
import org.crisisdesk.common.Messages;
import org.crisisdesk.drafting.Placeholder;
import org.crisisdesk.drafting.PlaceholderValues;
import org.crisisdesk.scripts.ImportPlan;
import org.crisisdesk.scripts.PackService;
import org.crisisdesk.scripts.Script;
import org.crisisdesk.scripts.ScriptService;
import org.crisisdesk.scripts.ScriptState;
import org.crisisdesk.store.Database;
import org.crisisdesk.store.DatabaseConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The library's main paths: find a script and insert it with the keyboard, approval refused, pack preview. */
@ExtendWith(ApplicationExtension.class)
class LibraryViewTest {
    @TempDir
    static Path dir;
    private static int runs;
    private Database db;
    private ScriptService scripts;
    private LibraryView view;
    private final List<Script> inserted = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        db = Database.open(DatabaseConfig.h2(dir.resolve("db" + (++runs))));
        Clock clock = Clock.systemUTC();
        RuleService rules = new RuleService(new RuleRepository(db.jdbi(), clock));
        scripts = new ScriptService(db.jdbi(), rules::checker, clock);
        view = new LibraryView(scripts, new PackService(db.jdbi(), scripts, clock), rules::checker, Runnable::run,
                () -> new Actor("王主管", Actor.Role.SUPERVISOR),
                id -> PlaceholderValues.of(Map.of(Placeholder.COMPANY, "红星家居")),
                () -> List.of(new CaseChoice(1, "S01-2026-0001")), inserted::add, new Messages(Locale.SIMPLIFIED_CHINESE));
        stage.setScene(new Scene(view, 1400, 900));
        stage.show();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private String status(FxRobot robot) {
        return robot.lookup("#script-status").queryAs(Label.class).getText();
    }

    @Test
    void ctrlFTypeArrowEnterInsertsTheScript(FxRobot robot) throws Exception {
        robot.clickOn("#script-editor");
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#script-search").query().isFocused());
        robot.interact(() -> view.viewModel().queryProperty().set("先行赔付"));
        ListView<Script> list = robot.lookup("#script-list").queryListView();
        assertTrue(list.getItems().size() >= 3, "" + list.getItems().size());
        robot.type(KeyCode.DOWN, KeyCode.DOWN);
        Script second = list.getItems().get(1);
        assertEquals(second, list.getSelectionModel().getSelectedItem());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !inserted.isEmpty());
        assertEquals(second.code(), inserted.get(0).code());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> scripts.findByCode(second.code()).orElseThrow().usageCount() == 1);
    }

    @Test
    void approveIsRefusedWhileTheEditorShowsABlockHit(FxRobot robot) throws Exception {
        robot.interact(() -> view.viewModel().queryProperty().set("与厂商沟通中"));
        robot.interact(() -> view.viewModel().select(view.viewModel().visible().get(0)));
        robot.interact(() -> view.editor().setText("我认为这是私单,肯定退不了钱。"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> view.editor().blockCountProperty().get() > 0);
        robot.interact(() -> robot.lookup("#script-save").queryButton().fire());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> view.viewModel().selectedProperty().get().state() == ScriptState.DRAFT);
        robot.interact(() -> robot.lookup("#script-approve").queryAs(Button.class).fire());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> status(robot).contains("不能审批"));
        assertTrue(status(robot).contains("我认为"), status(robot));
        assertEquals(ScriptState.DRAFT, scripts.findByCode("calm-manufacturer").orElseThrow().state());
    }

    @Test
    void importShowsThePlanBeforeApplying(FxRobot robot) throws Exception {
        Script seed = scripts.findByCode("calm-verify").orElseThrow();
        robot.interact(() -> view.viewModel().previewImport("""
                {"format": "crisisdesk-scripts", "version": 1, "scripts": [
                  {"code": "hq-1", "title": "总部新话术", "scenario": "媒体接待", "tags": ["总部"], "body": "感谢您的关注。", "approved": true},
                  {"code": "calm-verify", "title": "%s", "scenario": "顾客安抚", "tags": [], "body": "我们会先核实。", "approved": true},
                  {"code": "hq-2", "title": "不妥", "scenario": "媒体接待", "tags": [], "body": "我认为不用管。", "approved": true}
                ]}""".formatted(seed.title())));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#import-pane").query().isVisible());
        ListView<ImportPlan.Item> plan = robot.lookup("#import-plan").queryListView();
        assertEquals(3, plan.getItems().size());
        assertTrue(robot.lookup("#import-summary").queryAs(Label.class).getText().contains("新增 2 条，更新 1 条"));
        assertTrue(scripts.findByCode("hq-1").isEmpty(), "nothing written before Import");
        robot.interact(() -> robot.lookup("#import-apply").queryButton().fire()); // may lie below the fold
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(scripts.findByCode("hq-1").isPresent(), status(robot));
        assertEquals(ScriptState.DRAFT, scripts.findByCode("hq-2").orElseThrow().state());
        assertEquals("我们会先核实。", scripts.findByCode("calm-verify").orElseThrow().body());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !robot.lookup("#import-pane").query().isVisible());
    }
}
