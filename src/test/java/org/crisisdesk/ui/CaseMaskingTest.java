package org.crisisdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.crisisdesk.cases.CaseFixtures;
import org.crisisdesk.cases.Incident;
import org.crisisdesk.operators.AuditQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Personal data in the case view: masked and read-only until revealed, the reveal audited, no mask ever saved. */
@ExtendWith(ApplicationExtension.class)
class CaseMaskingTest {
    @TempDir
    Path dataDir;
    private DeskFixture desk;
    private long caseId;

    @Start
    void start(Stage stage) {
        desk = new DeskFixture(stage, dataDir,
                CaseFixtures.clockAt(10, 5));
        Incident c = desk.desk().cases().create(CaseFixtures.sofa("13812345678"), List.of(), desk.actor());
        caseId = c.id();
    }

    @AfterEach
    void close() throws Exception {
        desk.close();
    }

    @Test
    void personalDataIsMaskedUntilRevealedAndNeverSavedMasked(FxRobot robot) throws Exception {
        robot.interact(() -> desk.window().openCase(caseId));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#case-CUSTOMER_PHONE").queryAs(TextField.class).getText().contains("****"));
        TextField phone = robot.lookup("#case-CUSTOMER_PHONE").queryAs(TextField.class);
        TextField name = robot.lookup("#case-CUSTOMER_NAME").queryAs(TextField.class);
        assertEquals("138****5678", phone.getText());
        assertEquals("张*", name.getText());
        assertFalse(phone.isEditable());

        robot.interact(() -> robot.lookup("#case-reveal").queryAs(Button.class).fire());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> phone.getText().equals("13812345678"));
        assertTrue(phone.isEditable());
        assertEquals("张丽", name.getText());

        Incident stored = desk.desk().caseQueries().incident(caseId);
        assertEquals("13812345678", stored.customerPhone());
        assertEquals("张丽", stored.customerName());
        assertTrue(desk.desk().audit().find(desk.actor(), AuditQuery.all(500)).stream()
                .anyMatch(e -> e.action().equals("REVEAL_PERSONAL_DATA")));
    }
}
