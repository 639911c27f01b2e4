package org.crisisdesk.ui.drafting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.crisisdesk.checker.Hit;
import org.crisisdesk.checker.Severity;
import org.crisisdesk.common.Messages;
import org.crisisdesk.ui.ShownText;
import org.crisisdesk.ui.common.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The checker's side panel under the desk's theme: each hit's reason and every safer wording shown whole. */
@ExtendWith(ApplicationExtension.class)
class HitListUnderThemeTest {
    private static final String REASON = "个人判断:带评判色彩的话,会被当作商场对事件的定性,记者可以直接引用,"
            + "顾客也会认为商场在推卸责任。";
    private ListView<Hit> list;

    @Start
    void start(Stage stage) {
        Theme.install();
        list = new ListView<>();
        list.setCellFactory(v -> new HitListCell(new Messages(Locale.SIMPLIFIED_CHINESE), (hit, wording) -> { }));
        list.getItems().add(new Hit(0, 4, "k1", "1", Severity.BLOCK, "我认为", REASON,
                List.of("我们会尽快核实情况", "我们理解您的心情,会认真处理")));
        list.getItems().add(new Hit(5, 9, "k2", "2", Severity.WARN, "肯定是", REASON, List.of("我们正在核实")));
        // as narrow as the side panel, in a window of any size (the test stage is shared)
        list.setPrefSize(300, 700);
        list.setMaxSize(300, 700);
        Scene scene = new Scene(new javafx.scene.layout.VBox(list), 800, 760);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void reasonsAndWordingsAreShownWhole(FxRobot robot) {
        List<String> cut = new ArrayList<>();
        int[] cells = {0};
        robot.interact(() -> {
            for (Node node : robot.lookup(".list-cell").queryAll()) {
                ListCell<?> cell = (ListCell<?>) node;
                if (cell.getItem() == null) {
                    continue;
                }
                cells[0]++;
                Node box = cell.getGraphic();
                if (box.getBoundsInParent().getMaxY() > cell.getHeight() + 0.5 || box.getLayoutY() < -0.5) {
                    cut.add("hit " + cell.getIndex() + " overflows its cell: " + box.getBoundsInParent() + " in "
                            + cell.getHeight());
                }
                cut.addAll(ShownText.cut(List.of(box)));
            }
        });
        assertEquals(2, cells[0]);
        assertTrue(cut.isEmpty(), String.join("; ", cut));
    }
}
