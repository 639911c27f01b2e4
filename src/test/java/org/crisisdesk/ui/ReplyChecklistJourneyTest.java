package org.crisisdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.crisisdesk.cases.CaseFixtures;
import org.crisisdesk.cases.CaseStatus;
import org.crisisdesk.cases.Incident;
import org.crisisdesk.checklist.Step;
import org.crisisdesk.checklist.StepState;
import org.crisisdesk.drafting.DefaultScriptSource;
import org.crisisdesk.drafting.DraftKind;
import org.crisisdesk.drafting.DraftState;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Journey 3 through the real desk: the formal reply to 城市晚报 starts from the approved script, is
 * refused as final while the group's reply script (step 6) is open, becomes final once it is done,
 * completes step 7 for the outlet, and the desk offers to move the case to 已回复.
 */
@ExtendWith(ApplicationExtension.class)
class ReplyChecklistJourneyTest {
    private static final Clock CLOCK = CaseFixtures.clockAt(14, 10);
    @TempDir
    Path dataDir;
    private DeskFixture desk;
    private long caseId;

    @Start
    void start(Stage stage) {
        desk = new DeskFixture(stage, dataDir, CLOCK);
        Incident c = desk.desk().cases().create(CaseFixtures.sofa("13812345678"),
                List.of(CaseFixtures.eveningPaper(CaseFixtures.at(10, 2))), desk.actor());
        caseId = c.id();
        for (String key : List.of("REPORT", "OUTLINE", "SOLUTION", "CALL")) {
            complete(key);
        }
    }

    @AfterEach
    void close() throws Exception {
        desk.close();
    }

    private Step step(String key) {
        return desk.desk().checklists().checklist(caseId).orElseThrow().steps().stream()
                .filter(s -> s.key().equals(key)).findFirst().orElseThrow();
    }

    private void complete(String key) {
        Step s = step(key);
        Map<String, String> values = new LinkedHashMap<>();
        s.recordFields().forEach(f -> values.put(f, "已记录:" + f));
        desk.desk().checklists().complete(s.id(), s.version(), values, desk.actor());
    }

    private void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void formalReplyWaitsForStep6ThenCompletesStep7AndOffersReplied(FxRobot robot) throws Exception {
        robot.interact(() -> desk.window().openCase(caseId));
        waitFor(() -> robot.lookup("#draft-new").tryQuery().isPresent());
        TabPane caseTabs = robot.lookup(".case-view .tab-pane").queryAs(TabPane.class);
        robot.interact(() -> caseTabs.getTabs().stream().filter(t -> "case-tab-drafting".equals(t.getId()))
                .findFirst().ifPresent(t -> caseTabs.getSelectionModel().select(t)));
        waitFor(() -> !robot.lookup("#draft-new").queryAs(MenuButton.class).getItems().isEmpty());

        // new formal reply to the outlet (one outlet: no question), from the approved written-reply script
        MenuItem formal = robot.lookup("#draft-new").queryAs(MenuButton.class).getItems().stream()
                .filter(i -> ("draft-new-" + DraftKind.FORMAL_REPLY.name()).equals(i.getId())).findFirst().orElseThrow();
        robot.interact(formal::fire);
        waitFor(() -> robot.lookup("#draft-editor-area").tryQuery().isPresent());
        MenuItem script = robot.lookup("#draft-insert-script").queryAs(MenuButton.class).getItems().stream()
                .filter(i -> ("script-" + DefaultScriptSource.MEDIA_WRITTEN_REPLY).equals(i.getId())).findFirst()
                .orElseThrow();
        robot.interact(script::fire);
        StyleClassedTextArea area = robot.lookup("#draft-editor-area").queryAs(StyleClassedTextArea.class);
        waitFor(() -> area.getText().contains("{承诺时间}"));
        String text = area.getText();
        assertTrue(text.contains("城市晚报") && text.contains("SH01-2026-0001") && text.contains("星河家居"), text);
        int hole = text.indexOf("{承诺时间}");
        robot.interact(() -> area.replaceText(hole, hole + "{承诺时间}".length(), "12月1日18时"));
        waitFor(() -> !robot.lookup("#draft-final").queryAs(Button.class).isDisabled());

        // step 6 (the group's reply script) is still open: final is refused and says why
        robot.interact(() -> robot.lookup("#draft-final").queryAs(Button.class).fire());
        waitFor(() -> robot.lookup("#draft-status").queryAs(Label.class).getText().contains("第 6 步"));
        long draftId = desk.desk().drafts().list(caseId).get(0).id();
        assertEquals(DraftState.DRAFT, desk.desk().drafts().get(draftId).state());

        complete("SCRIPT");
        robot.interact(() -> robot.lookup("#draft-final").queryAs(Button.class).fire());
        waitFor(() -> desk.desk().drafts().get(draftId).state() == DraftState.FINAL);
        assertEquals(StepState.DONE, step("REPLY").state());

        // the desk offers 已回复; accept it
        waitFor(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane offer = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertTrue(offer.getContentText().contains("已回复"), offer.getContentText());
        robot.interact(() -> ((Button) offer.lookupButton(ButtonType.YES)).fire());
        waitFor(() -> desk.desk().caseQueries().incident(caseId).status() == CaseStatus.REPLIED);
        assertTrue(desk.desk().caseQueries().timeline(caseId).stream().anyMatch(e -> e.kind().equals("FINAL_REPLY")));
    }
}
