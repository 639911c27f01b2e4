package org.crisisdesk.ui.operators;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.BorderPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.crisisdesk.common.Actor;
import org.crisisdesk.common.Actor.Role;
import org.crisisdesk.common.Messages;
import org.crisisdesk.operators.Fixture;
import org.crisisdesk.operators.Operator;
import org.crisisdesk.store.WriteGuard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Journeys 3 and 6: first start, signing in with a PIN, the idle lock hiding every case detail. */
@ExtendWith(ApplicationExtension.class)
class OperatorsJourneyTest {
    static final Executor SAME_THREAD = Runnable::run;
    @TempDir
    static Path dir;
    final Messages zh = new Messages(Locale.SIMPLIFIED_CHINESE);
    Fixture f;
    Stage stage;
    final AtomicReference<Actor> signedIn = new AtomicReference<>();

    @Start
    void start(Stage s) {
        stage = s;
        stage.setScene(new Scene(new BorderPane(), 900, 640));
        stage.show();
    }

    @AfterEach
    void close() {
        if (f != null) {
            f.close();
        }
    }

    private Fixture fixture(String name) {
        f = new Fixture(dir.resolve(name));
        return f;
    }

    private void show(Parent root) {
        WaitForAsyncUtils.asyncFx(() -> stage.getScene().setRoot(root));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }

    @Test
    void firstStartCreatesTheSupervisorAndSignsIn(FxRobot robot) throws Exception {
        fixture("first");
        assertTrue(f.operators.isFirstRun());
        show(new FirstRunView(f.operators, zh, SAME_THREAD, signedIn::set));
        robot.interact(() -> robot.lookup("#firstRunName").queryAs(TextInputControl.class).setText("王主管"));
        robot.clickOn("#firstRunPin").write("246810");
        robot.clickOn("#firstRunPinRepeat").write("246811");
        robot.clickOn("#firstRunCreate");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".label").queryAllAs(Label.class).stream()
                .anyMatch(l -> zh.get("operators.pinMismatch").equals(l.getText())));
        robot.clickOn("#firstRunPinRepeat").eraseText(6).write("246810");
        robot.clickOn("#firstRunCreate");
        waitFor(() -> signedIn.get() != null);
        assertEquals(new Actor("王主管", Role.SUPERVISOR), signedIn.get());
        assertFalse(f.operators.isFirstRun());
    }

    @Test
    void staffSwitchesToHerOwnNameWithPin(FxRobot robot) throws Exception {
        fixture("switch");
        Actor boss = f.operators.createFirstSupervisor("王主管", "246810".toCharArray());
        f.operators.create(boss, "小李", Role.STAFF, "135790".toCharArray());
        show(new SignInView(f.operators, zh, f.clock, SAME_THREAD, signedIn::set));
        waitFor(() -> robot.lookup("#signInOperators").queryAs(ListView.class).getItems().size() == 2);
        robot.clickOn("小李 · 客服");
        robot.clickOn("#signInPin").write("999999");
        robot.clickOn("#signInSubmit");
        waitFor(() -> robot.lookup("#signInError").queryAs(Label.class).getText().startsWith("PIN 不正确"));
        assertNull(signedIn.get());
        robot.clickOn("#signInPin").write("135790");
        robot.type(javafx.scene.input.KeyCode.ENTER);
        waitFor(() -> signedIn.get() != null);
        assertEquals(new Actor("小李", Role.STAFF), signedIn.get());
    }

    @Test
    void lockoutShowsTheTimeLeft(FxRobot robot) throws Exception {
        fixture("lockout");
        Actor boss = f.operators.createFirstSupervisor("王主管", "246810".toCharArray());
        Operator li = f.operators.create(boss, "小李", Role.STAFF, "135790".toCharArray());
        for (int i = 0; i < 5; i++) {
            assertThrows(RuntimeException.class, () -> f.operators.signIn(li.id(), "999999".toCharArray()));
        }
        SignInView view = new SignInView(f.operators, zh, f.clock, SAME_THREAD, signedIn::set);
        show(view);
        waitFor(() -> view.model().operators().size() == 2);
        robot.clickOn("小李 · 客服");
        waitFor(() -> robot.lookup("#signInLockout").queryAs(Label.class).getText().equals("已锁定,剩余 5:00"));
        f.clock.advance(Duration.ofSeconds(90));
        robot.interact(view.model()::tick);
        assertEquals("已锁定,剩余 3:30", robot.lookup("#signInLockout").queryAs(Label.class).getText());
    }

    @Test
    void idleDeskLocksAndShowsNoCaseData(FxRobot robot) throws Exception {
        fixture("idle");
        Actor boss = f.operators.createFirstSupervisor("王主管", "246810".toCharArray());
        f.operators.create(boss, "小李", Role.STAFF, "135790".toCharArray());
        BorderPane window = new BorderPane();
        Label caseData = new Label("张三丰 13812345678 沙发开裂");
        window.setCenter(caseData);
        show(window);
        AtomicReference<LockScreen> lock = new AtomicReference<>();
        IdleMonitor monitor = new IdleMonitor(f.clock, IdleMonitor.DEFAULT_IDLE, () -> {
            LockScreen screen = new LockScreen(f.operators, zh, f.clock, SAME_THREAD, WriteGuard.passThrough(), actor -> {
                signedIn.set(actor);
                window.setCenter(caseData);
            });
            screen.setLastOperator("王主管");
            lock.set(screen);
            window.setCenter(screen);
        });
        robot.interact(() -> monitor.attach(stage.getScene()));

        f.clock.advance(Duration.ofMinutes(4));
        robot.moveTo(caseData); // input re-arms the idle time
        f.clock.advance(Duration.ofMinutes(4));
        robot.interact(monitor::check);
        assertFalse(monitor.isLocked(), "activity 4 minutes ago");
        f.clock.advance(Duration.ofMinutes(1));
        robot.interact(monitor::check);
        assertTrue(monitor.isLocked());
        WaitForAsyncUtils.waitForFxEvents();
        String visible = visibleText(stage.getScene().getRoot());
        assertFalse(visible.contains("张三"), visible);
        assertFalse(visible.contains("1381234"), visible);
        assertFalse(visible.contains("沙发"), visible);
        assertTrue(visible.contains("舆情应对台"), visible);

        robot.clickOn("#lockUnlock");
        waitFor(() -> robot.lookup("#signInPin").tryQuery().isPresent());
        robot.clickOn("小李 · 客服");
        robot.clickOn("#signInPin").write("135790");
        robot.clickOn("#signInSubmit");
        waitFor(() -> signedIn.get() != null);
        assertEquals("小李", signedIn.get().name(), "another operator may unlock");
        robot.interact(monitor::reset);
        assertTrue(visibleText(stage.getScene().getRoot()).contains("张三丰"));
        assertEquals(Duration.ofMinutes(15), IdleMonitor.clamp(Duration.ofMinutes(60)));
    }

    @Test
    void aPinTypedAtTheLockedFaceUnlocksWithoutAClickFirst(FxRobot robot) throws Exception {
        fixture("typeToUnlock");
        Actor boss = f.operators.createFirstSupervisor("王主管", "246810".toCharArray());
        f.operators.create(boss, "小李", Role.STAFF, "135790".toCharArray());
        LockScreen screen = new LockScreen(f.operators, zh, f.clock, SAME_THREAD, SAME_THREAD, signedIn::set);
        screen.setLastOperator("王主管");
        show(screen);
        assertTrue(robot.lookup("#lockUnlock").tryQuery().isPresent(), "the face: time and unlock, no PIN field");
        assertTrue(robot.lookup("#signInPin").tryQuery().isEmpty());

        robot.write("246810").type(javafx.scene.input.KeyCode.ENTER);
        waitFor(() -> signedIn.get() != null);
        assertEquals(new Actor("王主管", Role.SUPERVISOR), signedIn.get(), "every digit reached the PIN, in order");
    }

    @Test
    void supervisorManagesOperatorsAndVerifiesTheAuditLog(FxRobot robot) throws Exception {
        fixture("manage");
        Actor boss = f.operators.createFirstSupervisor("王主管", "246810".toCharArray());
        Operator li = f.operators.create(boss, "小李", Role.STAFF, "135790".toCharArray());
        for (int i = 0; i < 5; i++) {
            assertThrows(RuntimeException.class, () -> f.operators.signIn(li.id(), "999999".toCharArray()));
        }
        OperatorsView ops = new OperatorsView(f.operators, zh, f.clock, () -> boss, SAME_THREAD);
        show(ops);
        waitFor(() -> ops.model().operators().size() == 2);
        robot.clickOn("小李");
        robot.clickOn("#operatorsLift");
        waitFor(() -> "已保存。".equals(robot.lookup("#operatorsStatus").queryAs(Label.class).getText()));
        assertEquals("小李", f.operators.signIn(li.id(), "135790".toCharArray()).name());

        AuditView audit = new AuditView(f.audit, zh, f.clock, () -> boss, SAME_THREAD);
        show(audit);
        waitFor(() -> !audit.model().records().isEmpty());
        robot.clickOn("#auditVerify");
        waitFor(() -> robot.lookup("#auditVerifyResult").queryAs(Label.class).getText().startsWith("审计日志完好"));
        f.jdbi().useHandle(h -> h.execute("DELETE FROM audit_entry WHERE seq = 3"));
        robot.clickOn("#auditVerify");
        waitFor(() -> robot.lookup("#auditVerifyResult").queryAs(Label.class).getText()
                .equals("审计日志已被改动:第 3 条记录不符(序号缺失或错位)。"));
    }

    /** Every text a person could read in the scene graph. */
    static String visibleText(Node node) {
        StringBuilder sb = new StringBuilder();
        collect(node, sb);
        return sb.toString();
    }

    private static void collect(Node node, StringBuilder sb) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled l && l.getText() != null) {
            sb.append(l.getText()).append('\n');
        } else if (node instanceof TextInputControl t) {
            sb.append(t.getText()).append('\n');
        } else if (node instanceof Text t) {
            sb.append(t.getText()).append('\n');
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, sb);
            }
        }
    }
}
