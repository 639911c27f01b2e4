package org.crisisdesk.ui.checklist;

import static org.crisisdesk.checklist.ChecklistFixture.SUPERVISOR;
import static org.crisisdesk.checklist.ChecklistFixture.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.crisisdesk.checklist.ChecklistFixture;
import org.crisisdesk.checklist.DueItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Journey 2 at the desk: complete step 2 in the step view; the countdown, current step and strip follow. */
@ExtendWith(ApplicationExtension.class)
class StepViewFxTest {
    @TempDir
    Path dir;
    ChecklistFixture f;
    Ticker ticker;
    DueSoonStrip strip;
    DueSoonModel due;
    final List<Long> opened = new ArrayList<>();
    final List<String> offers = new ArrayList<>();

    @Start
    void start(Stage stage) {
        f = new ChecklistFixture(dir, at("10:03"));
        long c = f.newCase();
        f.addContact(c, "城市晚报", at("10:02"), null);
        ticker = new Ticker(f.clock);
        due = new DueSoonModel(f.service, Runnable::run, ticker, StepViewModelTest.ZH);
        strip = new DueSoonStrip(due, ticker, StepViewModelTest.ZH);
        strip.setOnOpenCase(opened::add);
        StepViewModel vm = new StepViewModel(f.service, id -> Optional.of(StepViewModelTest.ROUTE),
                (id, status) -> offers.add(status), Runnable::run, f.clock, () -> SUPERVISOR, StepViewModelTest.ZH);
        vm.setOnChanged(due::refresh);
        StepView view = new StepView(vm, ticker, StepViewModelTest.ZH);
        vm.load(c);
        due.refresh();
        stage.setScene(new Scene(new VBox(strip, view), 1000, 760));
        stage.show();
    }

    @AfterEach
    void close() {
        f.close();
    }

    private String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private List<DueItem> stripItems() {
        return strip.entries().getChildren().stream().filter(n -> n instanceof Button)
                .map(n -> (DueItem) n.getUserData()).toList();
    }

    @Test
    void completingStepTwoMovesTheCurrentStepAndTheStrip(FxRobot robot) {
        assertEquals("舆情风险上报", text(robot, "#checklist-current-title"));
        assertEquals("00:29:00", text(robot, "#checklist-current-badge"));
        assertTrue(robot.lookup("#checklist-route").tryQuery().isPresent());
        assertEquals(List.of(at("10:32"), at("11:02")), stripItems().stream().map(d -> d.step().deadline()).toList());

        f.clock.set(at("10:26"));
        robot.interact(ticker::tick);
        assertTrue(robot.lookup("#checklist-current-badge").query().getStyleClass().contains(CountdownBadge.DUE_SOON));

        f.clock.set(at("10:28"));
        robot.interact(() -> {
            robot.lookup("#field-0").queryAs(TextInputControl.class).setText("区域企划部 李经理");
            robot.lookup("#field-1").queryAs(TextInputControl.class).setText("电话");
        });
        robot.clickOn("#field-2").write("10:28");
        robot.clickOn("#checklist-complete");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("联系记者提供采访提纲,书面回复", text(robot, "#checklist-current-title"));
        assertEquals(List.of(at("11:02")), stripItems().stream().map(d -> d.step().deadline()).toList());

        f.clock.set(at("11:14"));
        robot.interact(ticker::tick);
        assertEquals("超时 00:12:00", text(robot, "#checklist-current-badge"));
        assertTrue(robot.lookup("#checklist-current-badge").query().getStyleClass().contains(CountdownBadge.OVERDUE));
        Button entry = (Button) strip.entries().getChildren().get(0);
        assertTrue(((Label) entry.getGraphic()).getText().startsWith("超时"));

        robot.clickOn(entry);
        assertEquals(1, opened.size());
    }

    @Test
    void aBusyDayShowsTheMostUrgentEntriesAndCountsTheRest(FxRobot robot) {
        for (int i = 0; i < 8; i++) {
            f.addContact(f.newCase(), "晚报" + i, at("10:02"), null);
        }
        robot.interact(due::refresh);
        WaitForAsyncUtils.waitForFxEvents();
        List<DueItem> all = due.items();
        assertTrue(all.size() > DueSoonStrip.MAX_ENTRIES, "enough due for the test: " + all.size());
        assertEquals(all.subList(0, DueSoonStrip.MAX_ENTRIES), stripItems());
        Label more = (Label) strip.entries().getChildren().get(DueSoonStrip.MAX_ENTRIES);
        assertEquals("另有 " + (all.size() - DueSoonStrip.MAX_ENTRIES) + " 项", more.getText());
    }

    @Test
    void skipAndReopenFromTheView(FxRobot robot) {
        robot.clickOn("#checklist-skip-reason").write("on site");
        robot.clickOn("#checklist-skip");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("联系记者提供采访提纲,书面回复", text(robot, "#checklist-current-title"));
        robot.clickOn(robot.lookup("#checklist-steps .list-cell").nth(1).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#checklist-reopen");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("舆情风险上报", text(robot, "#checklist-current-title"));
    }
}
