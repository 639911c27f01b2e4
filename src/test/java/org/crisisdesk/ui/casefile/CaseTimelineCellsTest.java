package org.crisisdesk.ui.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.stage.Stage;
import org.crisisdesk.cases.CaseFixtures;
import org.crisisdesk.ui.DeskFixture;
import org.crisisdesk.ui.ShownText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A case's timeline shows every entry whole, a long note over several lines, under the desk's theme
 * (whose fixed list-cell height cut each entry to one line and "…"), and names checklist templates.
 */
@ExtendWith(ApplicationExtension.class)
class CaseTimelineCellsTest {
    private static final String LONG_NOTE = "顾客到服务台反映沙发扶手开裂,已拍照登记,请顾客提供购货凭证。商户坚持维修方案,"
            + "顾客要求退货,双方僵持不下,顾客表示若今天没有答复将联系电视台记者。";
    @TempDir
    Path dataDir;
    private DeskFixture desk;
    private long caseId;

    @Start
    void start(Stage stage) {
        desk = DeskFixture.sized(stage, dataDir,
                CaseFixtures.clockAt(10, 5), 1440, 900, true);
        caseId = desk.desk().cases().create(CaseFixtures.sofa("13812345678"), List.of(), desk.actor()).id();
        desk.desk().cases().addNote(caseId, LONG_NOTE, desk.actor());
    }

    @AfterEach
    void close() throws Exception {
        desk.close();
    }

    @Test
    void everyEntryIsShownWhole(FxRobot robot) throws Exception {
        robot.interact(() -> desk.window().openCase(caseId));
        // looked at on the FX thread: a lookup from the test thread races the timeline filling up
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> robot.lookup("#case-timeline .list-cell").queryAll().stream()
                        .anyMatch(c -> String.valueOf(((ListCell<?>) c).getText()).contains("电视台"))).get());
        WaitForAsyncUtils.waitForFxEvents();
        List<String> entries = new ArrayList<>();
        List<String> cut = new ArrayList<>();
        robot.interact(() -> {
            for (Node node : robot.lookup("#case-timeline .list-cell").queryAll()) {
                ListCell<?> cell = (ListCell<?>) node;
                if (cell.getText() == null) {
                    continue;
                }
                entries.add(cell.getText());
                cut.addAll(ShownText.cut(List.of(cell)));
            }
        });
        assertTrue(entries.stream().anyMatch(e -> e.endsWith(LONG_NOTE)), entries.toString());
        assertTrue(entries.stream().anyMatch(e -> e.contains("一般客诉处理流程")),
                "the checklist's start names its template: " + entries);
        assertEquals(List.of(), cut);
    }
}
