package org.crisisdesk.ui.checklist;

import static org.crisisdesk.checklist.ChecklistFixture.SUPERVISOR;
import static org.crisisdesk.checklist.ChecklistFixture.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.stage.Stage;
import org.crisisdesk.checklist.ChecklistFixture;
import org.crisisdesk.ui.ShownText;
import org.crisisdesk.ui.common.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The step list as the desk shows it (its theme, font and stylesheet): the theme's fixed 2.8em list
 * cells cut a title that wraps to two lines to one line and "…".
 */
@ExtendWith(ApplicationExtension.class)
class StepListUnderThemeTest {
    @TempDir
    Path dir;
    private ChecklistFixture f;

    @Start
    void start(Stage stage) {
        Theme.install();
        f = new ChecklistFixture(dir, at("10:03"));
        long c = f.newCase();
        f.addContact(c, "城市晚报", at("10:02"), null); // the media checklist: its third step has a long title
        StepViewModel vm = new StepViewModel(f.service, id -> Optional.of(StepViewModelTest.ROUTE),
                (id, status) -> { }, Runnable::run, f.clock, () -> SUPERVISOR, StepViewModelTest.ZH);
        StepView view = new StepView(vm, new Ticker(f.clock), StepViewModelTest.ZH);
        vm.load(c);
        Scene scene = new Scene(view, 1440, 800);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void everyStepTitleIsShownWhole(FxRobot robot) {
        List<Node> rows = new ArrayList<>();
        List<String> cut = new ArrayList<>();
        robot.interact(() -> {
            robot.lookup("#checklist-steps .list-cell").queryAll().stream()
                    .filter(cell -> ((ListCell<?>) cell).getGraphic() != null).forEach(rows::add);
            cut.addAll(ShownText.cut(rows));
        });
        assertTrue(rows.size() >= 8, "rows: " + rows.size());
        assertEquals(List.of(), cut);
    }
}
