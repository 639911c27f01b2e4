package org.crisisdesk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
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

/**
 * The first workspace is built behind the sign-in screen (so the first board opens quickly) — with
 * no case data in it, no shortcut acting through it, and the board shown once someone signs in.
 */
@ExtendWith(ApplicationExtension.class)
class FirstSignInTest {
    @TempDir
    Path dataDir;
    private DeskFixture desk;
    private Stage stage;
    private String caseNo;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        desk = DeskFixture.atSignIn(stage, dataDir,
                CaseFixtures.clockAt(10, 5));
        caseNo = desk.desk().cases().create(CaseFixtures.sofa("13812345678"), List.of(), desk.actor()).caseNo();
    }

    @AfterEach
    void close() throws Exception {
        desk.close();
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Every text in the scene, shown or hidden. */
    private static String allText(Node node) {
        StringBuilder sb = new StringBuilder();
        if (node instanceof Labeled l && l.getText() != null) {
            sb.append(l.getText()).append('\n');
        } else if (node instanceof TextInputControl t) {
            sb.append(t.getText()).append('\n');
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(child -> sb.append(allText(child)));
        }
        return sb.toString();
    }

    @Test
    void theFirstWorkspaceWaitsUnderTheSignInScreenWithoutCaseDataThenOpensOnTheBoard(FxRobot robot) throws Exception {
        waitFor(() -> robot.lookup(".main-window").tryQuery().isPresent());
        MainWindow spare = robot.lookup(".main-window").queryAs(MainWindow.class);
        assertFalse(spare.isVisible());
        // the sample cards are laid out once and taken away again
        waitFor(() -> spare.lookupAll(".case-card").stream().allMatch(card -> card.getOpacity() == 0));
        String hidden = allText(stage.getScene().getRoot());
        assertFalse(hidden.contains(caseNo), hidden);
        assertFalse(hidden.contains("沙发"), hidden);
        assertFalse(hidden.contains("WARM"), hidden);

        robot.press(KeyCode.SHORTCUT, KeyCode.N).release(KeyCode.N, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#tab-intake").tryQuery().isEmpty(), "no shortcut acts before sign-in");

        robot.clickOn("#signInPin").write(new String(DeskFixture.PIN)).type(KeyCode.ENTER);
        waitFor(() -> spare.isVisible() && robot.lookup("#signInPin").tryQuery().isEmpty());
        assertSame(spare, desk.shell().workspace());
        waitFor(() -> spare.lookupAll(".case-card").stream()
                .anyMatch(card -> card.getOpacity() == 1 && allText(card).contains(caseNo)));
        assertEquals("当前操作人:王主管", robot.lookup("#signed-in").queryAs(Labeled.class).getText());

        robot.press(KeyCode.SHORTCUT, KeyCode.N).release(KeyCode.N, KeyCode.SHORTCUT);
        waitFor(() -> robot.lookup("#tab-intake").tryQuery().isPresent());
    }
}
