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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.crisisdesk.checker.Hit;
import org.crisisdesk.common.Actor;
import org.crisisdesk.common.Messages;
import org.crisisdesk.drafting.DefaultScriptSource;
import org.crisisdesk.drafting.DraftKind;
import org.crisisdesk.drafting.DraftService;
import org.crisisdesk.drafting.DraftState;
import org.crisisdesk.drafting.FakePhraseChecker;
import org.crisisdesk.drafting.FinalReplyListener;
import org.crisisdesk.drafting.Placeholder;
import org.crisisdesk.drafting.PlaceholderValues;
import org.crisisdesk.drafting.TestDb;
import org.crisisdesk.store.Database;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Journey 3 on the workspace: write, get marked, fix in one click, finalise, survive a kill. */
@ExtendWith(ApplicationExtension.class)
class DraftingViewTest {
    private static final Actor STAFF = new Actor("小陈", Actor.Role.STAFF);
    private static final Actor BOSS = new Actor("王主管", Actor.Role.SUPERVISOR);

    @TempDir
    static Path dir;
    private static int cases;
    private Database db;
    private DraftService service;
    private long incident;
    private Stage stage;
    private final AtomicReference<Actor> actor = new AtomicReference<>(STAFF);
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final PlaceholderValues values = PlaceholderValues.of(Map.of(Placeholder.COMPANY, "红星家居",
            Placeholder.MALL, "城南商场", Placeholder.CASE_NO, "S01-2026-0007", Placeholder.DATE, "2026年3月14日",
            Placeholder.JOURNALIST, "刘", Placeholder.OUTLET, "城市晚报"));

    @Start
    void start(Stage stage) {
        this.stage = stage;
        db = TestDb.open(dir.resolve("db" + (++cases)));
        incident = TestDb.incident(db, "S01-2026-000" + cases);
        service = new DraftService(db.jdbi(), Clock.systemUTC(), FinalReplyListener.NONE);
        stage.setScene(new Scene(newView(), 1100, 650));
        stage.show();
    }

    private DraftingView newView() {
        DraftingViewModel vm = new DraftingViewModel(incident, service, (i, c) -> values, new DefaultScriptSource(),
                new FakePhraseChecker(), Runnable::run, Platform::runLater, timer, Duration.ofSeconds(1), actor::get,
                new Messages(Locale.SIMPLIFIED_CHINESE));
        return new DraftingView(vm, Runnable::run);
    }

    @AfterEach
    void tearDown() {
        timer.shutdownNow();
        db.close();
    }

    private void newDraft(FxRobot robot, DraftKind kind) {
        MenuButton create = robot.lookup("#draft-new").queryAs(MenuButton.class);
        MenuItem item = create.getItems().stream().filter(i -> ("draft-new-" + kind.name()).equals(i.getId()))
                .findFirst().orElseThrow();
        robot.interact(item::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private StyleClassedTextArea area(FxRobot robot) {
        return robot.lookup("#draft-editor-area").queryAs(StyleClassedTextArea.class);
    }

    @SuppressWarnings("unchecked")
    private ListView<Hit> hits(FxRobot robot) {
        return robot.lookup("#draft-hits").queryAs(ListView.class);
    }

    @Test
    void bannedPhraseIsMarkedListedFixedInOneClickAndUndoBringsItBack(FxRobot robot) {
        newDraft(robot, DraftKind.FORMAL_REPLY);
        StyleClassedTextArea area = area(robot);
        robot.clickOn(area).write("这个是私单,退不了");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(area.getStyleOfChar(3).contains("hit-block"), "marked red in place");
        assertEquals(2, hits(robot).getItems().size());
        assertEquals("2 禁止 · 0 提醒", robot.lookup("#draft-hit-summary").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#draft-final").queryAs(Button.class).isDisabled());

        robot.clickOn(robot.lookup(".use-wording").queryAs(Button.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("这个是" + FakePhraseChecker.PRIVATE_ORDER_FIX + ",退不了", area.getText());
        assertEquals(1, hits(robot).getItems().size());

        robot.clickOn(area).press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("这个是私单,退不了", area.getText());
        assertEquals(2, hits(robot).getItems().size());
    }

    @Test
    void blockedFinalThenSupervisorOverrideWithReason(FxRobot robot) {
        newDraft(robot, DraftKind.HOLDING_REPLY);
        robot.clickOn(area(robot)).write("这是私单。");
        WaitForAsyncUtils.waitForFxEvents();
        Button markFinal = robot.lookup("#draft-final").queryAs(Button.class);
        assertTrue(markFinal.isDisabled(), "final refused while a 禁止 hit remains");
        actor.set(BOSS);
        robot.clickOn("#draft-override");
        robot.clickOn("#draft-override-reason").write("集团企划已批准").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        long id = service.list(incident).get(0).id();
        assertEquals(DraftState.FINAL, service.get(id).state());
        assertEquals("集团企划已批准", service.get(id).overrideReason());
        assertEquals("这是私单。", service.get(id).text());
        assertFalse(area(robot).isEditable());
        assertEquals(List.of("FINAL_REPLY", "FINAL_OVERRIDE"), db.jdbi().withHandle(h -> h.createQuery(
                "SELECT kind FROM timeline_entry ORDER BY id").mapTo(String.class).list()));
    }

    @Test
    void typedTextSurvivesAKillAfterTheCoalescingWindow(FxRobot robot) throws Exception {
        newDraft(robot, DraftKind.CUSTOMER_REPLY);
        robot.clickOn(area(robot)).write("您好,您的问题我已记下");
        long id = service.list(incident).get(0).id();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> service.get(id).text().equals("您好,您的问题我已记下"));
        // the "kill": the view is dropped without any flush; a new one opens the draft from storage
        robot.interact(() -> stage.setScene(new Scene(newView(), 1100, 650)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> ((DraftingView) stage.getScene().getRoot()).viewModel().open(id));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("您好,您的问题我已记下", area(robot).getText());
    }

    @Test
    void insertedScriptIsFilledFromTheCaseAndPromisedTimeStaysMarked(FxRobot robot) {
        newDraft(robot, DraftKind.FORMAL_REPLY);
        MenuButton insert = robot.lookup("#draft-insert-script").queryAs(MenuButton.class);
        MenuItem media = insert.getItems().stream()
                .filter(i -> ("script-" + DefaultScriptSource.MEDIA_WRITTEN_REPLY).equals(i.getId())).findFirst().orElseThrow();
        robot.interact(media::fire);
        WaitForAsyncUtils.waitForFxEvents();
        StyleClassedTextArea area = area(robot);
        String text = area.getText();
        assertTrue(text.startsWith("城市晚报刘记者:"), text);
        assertTrue(text.contains("红星家居城南商场") && text.contains("S01-2026-0007") && text.contains("2026年3月14日"));
        int hole = text.indexOf("{承诺时间}");
        assertTrue(hole > 0);
        assertTrue(area.getStyleOfChar(hole + 1).contains("placeholder"), "unfilled placeholder stays marked");
        assertEquals("未填写:{承诺时间}", robot.lookup("#draft-unfilled").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#draft-final").queryAs(Button.class).isDisabled());

        robot.interact(() -> area.replaceText(hole, hole + "{承诺时间}".length(), "3月15日18时"));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#draft-final").queryAs(Button.class).isDisabled());
        robot.clickOn("#draft-final");
        WaitForAsyncUtils.waitForFxEvents();
        long id = service.list(incident).get(0).id();
        assertEquals(DraftState.FINAL, service.get(id).state());
        assertTrue(service.get(id).text().contains("3月15日18时前以书面形式告知您"));
    }
}
