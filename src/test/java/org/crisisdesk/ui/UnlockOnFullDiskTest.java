package org.crisisdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.crisisdesk.cases.CaseFixtures;
import org.crisisdesk.operators.AuditQuery;
import org.crisisdesk.store.FullDisk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The disk fills up and the desk locks itself: the supervisor can still unlock with the right PIN (a
 * wrong one is still refused), and the sign-in is written to the audit log once space returns.
 */
@ExtendWith(ApplicationExtension.class)
class UnlockOnFullDiskTest {
    private static final Clock CLOCK = CaseFixtures.clockAt(10, 2);
    @TempDir
    Path dataDir;
    private DeskFixture desk;

    @Start
    void start(Stage stage) {
        desk = DeskFixture.onFullDisk(stage, dataDir, CLOCK);
    }

    @AfterEach
    void close() throws Exception {
        desk.close();
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private long signIns() {
        return desk.desk().audit().find(desk.actor(), AuditQuery.all(1000)).stream()
                .filter(r -> "SIGN_IN".equals(r.action())).count();
    }

    @Test
    void theRightPinUnlocksAFullDiskDeskAndTheSignInIsWrittenLater(FxRobot robot) throws Exception {
        long before = signIns();
        FullDisk.full = true;
        robot.interact(() -> desk.shell().switchOperator());
        waitFor(() -> robot.lookup("#lockScreen").tryQuery().isPresent() && desk.shell().workspace() == null);

        robot.write("999999").type(KeyCode.ENTER);
        waitFor(() -> robot.lookup("#signInError").queryAs(Label.class).getText().startsWith("PIN 不正确。(磁盘已满"));
        assertEquals(null, desk.shell().workspace(), "a wrong PIN does not unlock");

        robot.clickOn("#signInPin").write(new String(DeskFixture.PIN)).type(KeyCode.ENTER);
        waitFor(() -> desk.shell().workspace() != null && robot.lookup("#lockScreen").tryQuery().isEmpty());
        assertEquals(DeskFixture.SUPERVISOR, desk.shell().actor().get().name());
        assertTrue(desk.shell().saveStatus().keptProperty().get() > 0, "the sign-in waits for space");

        FullDisk.full = false;
        waitFor(() -> desk.shell().saveStatus().keptProperty().get() == 0);
        waitFor(() -> signIns() == before + 1);
    }
}
