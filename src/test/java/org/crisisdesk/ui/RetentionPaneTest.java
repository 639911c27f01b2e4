package org.crisisdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.crisisdesk.cases.CaseFixtures;
import org.crisisdesk.common.Actor;
import org.crisisdesk.common.Actor.Role;
import org.crisisdesk.common.UserException;
import org.crisisdesk.operators.RetentionService;
import org.crisisdesk.ui.settings.SettingsView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Settings › 个人信息保留 as people use it: a supervisor sets the months, is told how many cases will
 * lose their personal data, confirms, and those cases are anonymised; staff never get the tab.
 */
@ExtendWith(ApplicationExtension.class)
class RetentionPaneTest {
    private static final String RETENTION_TAB = "settings-tab-retention";
    @TempDir
    Path dataDir;
    private DeskFixture desk;
    private List<Long> old;
    private long recent;

    @Start
    void start(Stage stage) {
        desk = new DeskFixture(stage, dataDir,
                CaseFixtures.clockAt(10, 5));
        old = List.of(closedCase("13800000001", "2025-01-10T02:00:00Z"), closedCase("13800000002", "2025-03-01T02:00:00Z"));
        recent = closedCase("13800000003", "2026-10-01T02:00:00Z");
    }

    private long closedCase(String phone, String closedAt) {
        long id = desk.desk().cases().create(CaseFixtures.sofa(phone), List.of(), desk.actor()).id();
        desk.desk().database().jdbi().useHandle(h -> h.createUpdate(
                "UPDATE incident SET status = 'CLOSED', closed_at = :at WHERE id = :id")
                .bind("at", OffsetDateTime.parse(closedAt).withOffsetSameInstant(ZoneOffset.UTC)).bind("id", id)
                .execute());
        return id;
    }

    @AfterEach
    void close() throws Exception {
        desk.close();
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
    }

    private SettingsView openSettings(FxRobot robot) throws Exception {
        robot.interact(() -> desk.window().openSettings());
        waitFor(() -> robot.lookup((Node n) -> n instanceof SettingsView).tryQuery().isPresent());
        return robot.lookup((Node n) -> n instanceof SettingsView).queryAs(SettingsView.class);
    }

    private String customerName(long id) {
        return desk.desk().caseQueries().incident(id).customerName();
    }

    @Test
    void aSupervisorConfirmsTheCountAndTheOldCasesAreAnonymised(FxRobot robot) throws Exception {
        SettingsView settings = openSettings(robot);
        Tab tab = settings.getTabs().stream().filter(t -> RETENTION_TAB.equals(t.getId())).findFirst().orElseThrow();
        robot.interact(() -> settings.getSelectionModel().select(tab));
        TextField months = robot.lookup("#retention-months").queryAs(TextField.class);
        waitFor(() -> months.getText().equals("24"));
        robot.interact(() -> months.setText("12"));
        robot.interact(() -> robot.lookup("#retention-erase").queryAs(Button.class).fire());

        waitFor(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane ask = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertTrue(ask.getContentText().contains("将清除 2 件") && ask.getContentText().contains("12 个月"),
                ask.getContentText());
        assertEquals("张丽", customerName(old.get(0)), "nothing erased before the confirmation");
        robot.interact(() -> ((Button) ask.lookupButton(ButtonType.YES)).fire());

        waitFor(() -> customerName(old.get(1)) == null);
        waitFor(() -> robot.lookup((Node n) -> n instanceof Label l && "已清除 2 件案件的个人信息。".equals(l.getText()))
                .tryQuery().isPresent());
        assertNull(customerName(old.get(0)));
        assertNull(desk.desk().caseQueries().incident(old.get(0)).customerPhone());
        assertEquals("张丽", customerName(recent), "closed within the months: kept");
        assertEquals("12", desk.desk().settings().setting(RetentionService.MONTHS_SETTING).orElseThrow());
        assertTrue(desk.desk().audit().verify().ok());
    }

    @Test
    void staffDoNotGetTheTabAndTheServiceRefusesThem(FxRobot robot) throws Exception {
        Actor boss = desk.actor();
        desk.desk().operators().create(boss, "陈晓", Role.STAFF, "135792".toCharArray());
        Actor staff = desk.desk().operators().signIn(desk.desk().operators().findByName("陈晓").orElseThrow().id(),
                "135792".toCharArray());
        robot.interact(() -> desk.shell().enter(staff));
        SettingsView settings = openSettings(robot);
        assertTrue(settings.getTabs().stream().noneMatch(t -> RETENTION_TAB.equals(t.getId())));
        assertTrue(settings.getTabs().stream().anyMatch(t -> "settings-tab-backup".equals(t.getId())));
        assertTrue(robot.lookup("#retention-erase").tryQuery().isEmpty());
        RetentionService retention = desk.desk().retention();
        assertThrows(UserException.class, () -> retention.erase(retention.cutoff(12), staff));
        assertEquals("张丽", customerName(old.get(0)));
    }
}
