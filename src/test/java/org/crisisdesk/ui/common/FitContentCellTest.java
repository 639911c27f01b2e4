package org.crisisdesk.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.crisisdesk.ui.ShownText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Under the desk's theme (fixed 2.8em list cells) long text wraps and is shown whole, beside an icon too. */
@ExtendWith(ApplicationExtension.class)
class FitContentCellTest {
    private static final String SHORT = "已发现";
    private static final String LONG = "顾客到服务台反映沙发扶手开裂,已拍照登记,请顾客提供购货凭证。商户坚持维修方案,"
            + "顾客要求退货,双方僵持不下,顾客表示若今天没有答复将联系电视台记者。";

    @Start
    void start(Stage stage) {
        Theme.install();
        ListView<String> list = new ListView<>();
        list.getItems().addAll(SHORT, LONG, "icon:" + LONG);
        list.setCellFactory(v -> new FitContentCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                boolean icon = !empty && item != null && item.startsWith("icon:");
                setText(empty || item == null ? null : icon ? item.substring(5) : item);
                setGraphic(icon ? new FontIcon(Material2AL.CHECK_CIRCLE) : null);
            }
        });
        // a narrow list in a window of any size (the test stage is shared and keeps the size it was given)
        list.setPrefSize(320, 600);
        list.setMaxSize(320, 600);
        Scene scene = new Scene(new javafx.scene.layout.VBox(list), 800, 700);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void everyTextIsShownWholeAndAShortOneKeepsTheThemesHeight(FxRobot robot) {
        List<String> cut = new ArrayList<>();
        List<Double> heights = new ArrayList<>();
        robot.interact(() -> {
            for (Node node : robot.lookup(".list-cell").queryAll()) {
                ListCell<?> cell = (ListCell<?>) node;
                if (cell.getItem() == null) {
                    continue;
                }
                heights.add(cell.getHeight());
                cut.addAll(ShownText.cut(List.of(cell)));
            }
        });
        assertEquals(3, heights.size());
        assertEquals(List.of(), cut);
        assertEquals(2.8 * 14, heights.get(0), 0.5, "one line keeps the theme's 2.8em");
        assertTrue(heights.get(1) > 2 * heights.get(0), "the long text takes several lines: " + heights);
        assertTrue(heights.get(2) >= heights.get(1), "beside an icon it has less room: " + heights);
    }
}
