package org.crisisdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.crisisdesk.cases.CaseFixtures;
import org.crisisdesk.cases.Incident;
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
 * The disk fills up while a case is being edited: the window says so and keeps the typing, the
 * database keeps what was saved before, and once space returns the edit is written by itself.
 */
@ExtendWith(ApplicationExtension.class)
class DiskFullJourneyTest {
    private static final Clock CLOCK = CaseFixtures.clockAt(10, 2);
    @TempDir
    static Path dataDir;
    private DeskFixture desk;

    @Start
    void start(Stage stage) {
        desk = DeskFixture.onFullDisk(stage, dataDir, CLOCK);
    }

    @AfterEach
    void close() throws Exception {
        desk.close();
    }

    /**
     * The stored title, from the first read that finds the store open: while the disk is full each
     * refused retry of the kept edit closes H2's store again until the guard reopens it.
     */
    private String storedTitle(long caseId) throws Exception {
        java.util.concurrent.atomic.AtomicReference<String> title = new java.util.concurrent.atomic.AtomicReference<>();
        waitFor(() -> {
            try {
                title.set(desk.desk().caseQueries().incident(caseId).title());
                return true;
            } catch (RuntimeException closing) {
                return false;
            }
        });
        return title.get();
    }

    private void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aCaseEditOnAFullDiskIsKeptShownAndSavedWhenSpaceReturns(FxRobot robot) throws Exception {
        Incident sofa = desk.desk().cases().create(CaseFixtures.sofa("13800138000"), List.of(), desk.actor());
        desk.desk().cases().addNote(sofa.id(), "顾客上午来电", desk.actor());
        robot.interact(() -> desk.window().openCase(sofa.id()));
        waitFor(() -> "沙发开裂".equals(robot.lookup("#case-TITLE").queryAs(TextField.class).getText()));
        Label banner = robot.lookup("#save-status-text").queryAs(Label.class);
        assertTrue(!banner.isVisible() || !banner.getParent().isVisible());

        FullDisk.full = true;
        robot.clickOn("#case-TITLE");
        robot.press(KeyCode.END).release(KeyCode.END);
        robot.write("，扶手");

        waitFor(() -> banner.getParent().isVisible() && banner.getText().contains("项修改尚未保存"));
        assertTrue(banner.getText().startsWith("磁盘空间不足"), banner.getText());
        assertTrue(desk.shell().saveStatus().keptProperty().get() > 0);
        assertEquals("沙发开裂，扶手", robot.lookup("#case-TITLE").queryAs(TextField.class).getText());
        // H2 closes the store after the refused write; the guard reopens it at once for reading
        assertEquals("沙发开裂", storedTitle(sofa.id())); // nothing half-saved

        robot.write("开裂"); // typed while the disk is still full: queued behind, in order
        // the operator steps away: the desk locks, the warning stays over the lock screen
        robot.interact(() -> desk.shell().switchOperator());
        assertTrue(banner.getParent().isVisible() && banner.getScene() != null);
        FullDisk.full = false;

        waitFor(() -> "沙发开裂，扶手开裂".equals(desk.desk().caseQueries().incident(sofa.id()).title()));
        waitFor(() -> banner.getText().contains("已全部保存"));
        assertEquals(DeskFixture.SUPERVISOR, desk.desk().caseQueries().timeline(sofa.id()).stream()
                .filter(e -> "FIELD".equals(e.kind())).findFirst().orElseThrow().author(),
                "a kept edit is saved in the name of whoever made it, though the desk was locked");
        robot.interact(() -> desk.shell().enter(desk.actor()));
        assertEquals(0, desk.shell().saveStatus().keptProperty().get());
        Incident stored = desk.desk().caseQueries().incident(sofa.id());
        assertEquals(sofa.caseNo(), stored.caseNo());
        assertEquals(List.of("CREATED", "NOTE", "FIELD"), desk.desk().caseQueries().timeline(sofa.id()).stream()
                .map(e -> e.kind()).filter(k -> !"CHECKLIST".equals(k)).toList()); // earlier note intact, edits merged
        assertEquals("沙发开裂，扶手开裂", robot.lookup("#case-TITLE").queryAs(TextField.class).getText());
        assertEquals("", robot.lookup("#case-message").queryAs(Label.class).getText());
    }
}
