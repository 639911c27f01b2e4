package org.crisisdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.crisisdesk.cases.CaseFixtures;
import org.crisisdesk.cases.CaseStatus;
import org.crisisdesk.cases.CaseSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Journey 1 through the real window: open an incident from the keyboard, find it on the board,
 * move it by keyboard, restart on the same data folder and find it again; a second incident with
 * the same phone offers the open case instead of a duplicate.
 */
@ExtendWith(ApplicationExtension.class)
class CaseJourneyTest {
    @TempDir
    static Path dataDir;
    private static final Clock CLOCK = CaseFixtures.clockAt(10, 2);
    private DeskFixture desk;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        desk = new DeskFixture(stage, dataDir, CLOCK);
    }

    @AfterEach
    void close() throws Exception {
        if (desk != null) {
            desk.close();
        }
    }

    private void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void createFindMoveRestartAndOfferTheOpenCase(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#intake-title").tryQuery().isPresent());
        robot.clickOn("#intake-title").write("沙发开裂");
        robot.clickOn("#intake-phone").write("13812345678");
        robot.clickOn("#intake-media");
        robot.clickOn("#intake-outlet").write("城市晚报");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        // kind, medium and reach are required: the form says so and saves nothing
        waitFor(() -> !robot.lookup("#error-mediaKind").queryLabeled().getText().isEmpty());
        assertEquals(0, desk.desk().caseQueries().countAll());

        robot.clickOn("#intake-media"); // no media after all
        // below the fold of the form: tick them as the keyboard would (Space on the focused box)
        robot.interact(() -> {
            robot.lookup("#intake-sign-noEmotion").queryAs(javafx.scene.control.CheckBox.class).fire();
            robot.lookup("#intake-sign-oddMovement").queryAs(javafx.scene.control.CheckBox.class).fire();
        });
        assertTrue(robot.lookup("#undercover-guidance").query().isVisible());
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#tab-case-1").tryQuery().isPresent() || desk.desk().caseQueries().countAll() == 1);
        assertEquals(1, desk.desk().caseQueries().countAll());

        // on the board: type in the filter, select the card, move it one column right by keyboard
        robot.interact(() -> stageTabs().getSelectionModel().select(0));
        robot.clickOn("#board-search").write("沙发");
        waitFor(() -> listOf("NEW").getItems().size() == 1);
        robot.interact(() -> listOf("NEW").getSelectionModel().select(0));
        robot.clickOn(listOf("NEW"));
        robot.press(KeyCode.CONTROL, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.CONTROL);
        waitFor(() -> listOf("VERIFYING").getItems().size() == 1);
        CaseSummary moved = listOf("VERIFYING").getItems().get(0);
        assertEquals("SH01-2026-0001", moved.caseNo());
        assertTrue(desk.desk().caseQueries().timeline(moved.id()).stream()
                .anyMatch(e -> e.kind().equals("STATUS") && "VERIFYING".equals(e.newValue())));

        // restart on the same data folder
        desk.close();
        robot.interact(() -> desk = new DeskFixture(stage, dataDir, CLOCK));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> desk.window().board().visible().size() == 1);
        assertEquals(CaseStatus.VERIFYING, desk.window().board().visible().get(0).status());

        // the same customer again: the desk offers her open case instead of a duplicate
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#intake-phone").tryQuery().isPresent());
        robot.clickOn("#intake-phone").write("138 1234 5678");
        waitFor(() -> robot.lookup("#add-to-SH01-2026-0001").tryQuery().isPresent());
        robot.clickOn("#add-to-SH01-2026-0001");
        robot.clickOn("#intake-description").write("顾客带同伴再次来访");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitFor(() -> desk.desk().caseQueries().timeline(moved.id()).stream().anyMatch(e -> e.kind().equals("NOTE")));
        assertEquals(1, desk.desk().caseQueries().countAll());
    }

    @SuppressWarnings("unchecked")
    private ListView<CaseSummary> listOf(String status) {
        return (ListView<CaseSummary>) stage.getScene().lookup("#list-" + status);
    }

    private javafx.scene.control.TabPane stageTabs() {
        return (javafx.scene.control.TabPane) stage.getScene().getRoot().lookup(".tab-pane");
    }
}
