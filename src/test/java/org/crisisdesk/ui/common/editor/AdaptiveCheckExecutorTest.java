package org.crisisdesk.ui.common.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

@ExtendWith(ApplicationExtension.class)
class AdaptiveCheckExecutorTest {
    @Test
    void runsInlineWhileChecksAreCheapAndMovesOffTheFxThreadWhenSlow(FxRobot robot) {
        List<Runnable> background = new ArrayList<>();
        AdaptiveCheckExecutor ex = new AdaptiveCheckExecutor(background::add, Duration.ofMillis(2));
        List<String> ran = new ArrayList<>();
        robot.interact(() -> ex.execute(() -> ran.add("fast")));
        assertEquals(List.of("fast"), ran, "cheap check ran inline");
        robot.interact(() -> ex.execute(() -> LockSupport.parkNanos(Duration.ofMillis(30).toNanos())));
        robot.interact(() -> ex.execute(() -> ran.add("after slow")));
        assertEquals(1, background.size(), "after a slow check the next one goes to the background");
        background.remove(0).run();
        assertEquals(List.of("fast", "after slow"), ran);
        ex.execute(() -> ran.add("not on fx"));
        assertEquals(1, background.size(), "off the FX thread always goes to the background");
    }
}
