package org.crisisdesk.ui.settings.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.crisisdesk.checker.RuleRepository;
import org.crisisdesk.checker.RuleService;
import org.crisisdesk.common.Actor;
import org.crisisdesk.common.Messages;
import org.crisisdesk.store.Database;
import org.crisisdesk.store.DatabaseConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class RulesViewTest {
    private Database db;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("rules-view");
        db = Database.open(DatabaseConfig.h2(dir));
        RuleService service = new RuleService(new RuleRepository(db.jdbi(), Clock.systemUTC()));
        Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
        RulesViewModel model = new RulesViewModel(service, Runnable::run, Runnable::run, messages,
                () -> new Actor("王主管", Actor.Role.SUPERVISOR));
        stage.setScene(new Scene(new RulesView(model, messages), 1000, 760));
        stage.show();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void editingARuleRunsItsExamplesAndRefusesAFailingOne(FxRobot robot) throws Exception {
        TableView<?> table = robot.lookup("#rules-table").queryAs(TableView.class);
        assertEquals(10, table.getItems().size());
        robot.interact(() -> table.getSelectionModel().select(0));
        TextArea mustFlag = robot.lookup("#rule-must-flag").queryAs(TextArea.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> mustFlag.getText().contains("我认为"));
        robot.interact(() -> mustFlag.appendText("\n您认为呢"));
        robot.interact(() -> robot.lookup("#rule-save").queryButton().fire());
        Label status = robot.lookup("#rule-status").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> status.getText().contains("您认为呢"));
        assertTrue(status.getText().contains("k1-personal-view"), status.getText());
        robot.interact(() -> mustFlag.setText(mustFlag.getText().replace("\n您认为呢", "")));
        robot.interact(() -> robot.lookup("#rule-save").queryButton().fire());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> status.getText().startsWith("已保存"));
    }
}
