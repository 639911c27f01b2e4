package org.crisisdesk.ui.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.crisisdesk.checklist.StepState;
import org.crisisdesk.common.Messages;
import org.crisisdesk.ui.ShownText;
import org.crisisdesk.ui.common.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A ticking countdown changes its own words and nothing around it: the rows that hold it are not laid
 * out again each second (on the board that re-measured every column and made JavaFX draw the whole
 * window), unless the new words need more room — then they get it and are shown whole.
 */
@ExtendWith(ApplicationExtension.class)
class CountdownBadgeLayoutTest {
    private static final Instant START = Instant.parse("2026-11-28T08:00:00Z");

    /** A row that counts how often it is laid out. */
    static final class CountingRow extends VBox {
        int layouts;

        CountingRow(javafx.scene.Node... children) {
            super(children);
        }

        @Override
        protected void layoutChildren() {
            layouts++;
            super.layoutChildren();
        }
    }

    private final SimpleObjectProperty<Instant> now = new SimpleObjectProperty<>(START.plus(Duration.ofMinutes(5)));
    private CountdownBadge badge;
    private CountingRow row;
    private CountingRow outer;

    @Start
    void start(Stage stage) {
        Theme.install();
        badge = new CountdownBadge(now, new Messages(Locale.SIMPLIFIED_CHINESE));
        badge.stateProperty().set(StepState.OPEN);
        badge.windowStartProperty().set(START);
        badge.deadlineProperty().set(START.plus(Duration.ofMinutes(30))); // the 30-minute step
        row = new CountingRow(badge);
        outer = new CountingRow(row);
        Scene scene = new Scene(outer, 400, 200);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    private void tick(FxRobot robot, Duration by) {
        robot.interact(() -> now.set(now.get().plus(by)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aTickChangesTheWordsButLaysOutNothingAroundThem(FxRobot robot) throws Exception {
        tick(robot, Duration.ofSeconds(1));
        String before = badge.getText();
        int rowLayouts = row.layouts;
        int outerLayouts = outer.layouts;
        for (int s = 0; s < 5; s++) {
            tick(robot, Duration.ofSeconds(1));
        }
        assertNotEquals(before, badge.getText(), "the countdown moved on");
        assertEquals(rowLayouts, row.layouts, "the row holding the badge was laid out again by a tick");
        assertEquals(outerLayouts, outer.layouts);
        assertEquals(List.of(), WaitForAsyncUtils.asyncFx(() -> ShownText.cut(List.of(badge))).get());
    }

    @Test
    void wordsThatNeedMoreRoomGetItAndAreShownWhole(FxRobot robot) throws Exception {
        // overdue by 9 days 9 hours, then an hour later: "超时 9 天 10 小时" is wider than "超时 9 天 9 小时"
        tick(robot, Duration.ofMinutes(25).plusDays(9).plusHours(9).plusMinutes(30));
        assertTrue(badge.getStyleClass().contains(CountdownBadge.OVERDUE));
        double before = badge.getWidth();
        tick(robot, Duration.ofHours(1));
        assertTrue(badge.getWidth() > before, () -> "still " + badge.getWidth() + " wide for " + badge.getText());
        assertEquals(List.of(), WaitForAsyncUtils.asyncFx(() -> ShownText.cut(List.of(badge))).get());
    }
}
