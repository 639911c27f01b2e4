package org.crisisdesk.ui.board;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.crisisdesk.app.demo.DemoData;
import org.crisisdesk.cases.CaseFixtures;
import org.crisisdesk.ui.DeskFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Every card on the board, two-line titles included, is drawn whole inside its list cell. */
@ExtendWith(ApplicationExtension.class)
class CardFitsItsCellTest {
    @TempDir
    Path dataDir;
    private DeskFixture desk;

    @Start
    void start(Stage stage) {
        Clock clock = CaseFixtures.clockAt(10, 5);
        // as the desk starts (the first board is warmed up), at the desk's own window size
        desk = DeskFixture.sized(stage, dataDir, clock, 1440, 900, false);
        new DemoData(desk.desk().database().jdbi(), clock, desk.desk()::casesAt).load(desk.actor());
    }

    @AfterEach
    void close() throws Exception {
        desk.close();
    }

    /** Looks at the scene on the FX thread: a lookup from the test thread races the board filling up. */
    private static void waitOnFx(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }

    @Test
    void noCardOverflowsItsCell(FxRobot robot) throws Exception {
        waitOnFx(() -> robot.lookup(".main-window").tryQuery().isPresent());
        robot.clickOn("#signInPin").write(new String(DeskFixture.PIN)).type(KeyCode.ENTER);
        waitOnFx(() -> desk.window() != null && !desk.window().board().closed().isEmpty()
                && robot.lookup(".case-card").queryAll().size() > 20);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> overflowing = new ArrayList<>();
        int[] checked = {0};
        robot.interact(() -> {
            for (Node node : robot.lookup(".board-list .list-cell").queryAll()) {
                ListCell<?> cell = (ListCell<?>) node;
                if (cell.getItem() == null || !cell.isVisible()) {
                    continue;
                }
                Node card = cell.getGraphic();
                double top = card.getLayoutY();
                double bottom = top + card.getLayoutBounds().getHeight();
                checked[0]++;
                if (top < 0 || bottom > cell.getHeight() + 0.5) {
                    overflowing.add(cell.getListView().getId() + "#" + cell.getIndex() + " card " + top + ".." + bottom
                            + " in a cell of " + cell.getHeight());
                }
            }
        });
        assertTrue(checked[0] > 20, "cards checked: " + checked[0]);
        assertTrue(overflowing.isEmpty(), String.join("; ", overflowing));
    }
}
