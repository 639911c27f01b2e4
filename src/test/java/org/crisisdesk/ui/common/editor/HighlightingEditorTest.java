package org.crisisdesk.ui.common.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import javafx.scene.Scene;
import javafx.scene.input.InputMethodEvent;
import javafx.scene.input.InputMethodHighlight;
import javafx.scene.input.InputMethodTextRun;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.crisisdesk.checker.Hit;
import org.crisisdesk.checker.Severity;
import org.crisisdesk.common.Messages;
import org.crisisdesk.drafting.FakePhraseChecker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class HighlightingEditorTest {
    /** Runs check jobs only when the test says so, to hold results back. */
    private final ArrayDeque<Runnable> queued = new ArrayDeque<>();
    private boolean holdChecks;
    private final Executor checks = r -> {
        if (holdChecks) {
            queued.add(r);
        } else {
            r.run();
        }
    };
    private HighlightingEditor editor;

    @Start
    void start(Stage stage) {
        editor = new HighlightingEditor(new FakePhraseChecker(), checks, new Messages(Locale.SIMPLIFIED_CHINESE));
        stage.setScene(new Scene(editor, 600, 300));
        stage.show();
    }

    private Collection<String> styleAt(int i) {
        return editor.area().getStyleOfChar(i);
    }

    @Test
    void typedBannedPhraseIsMarkedListedAndReplacedAsOneUndoableEdit(FxRobot robot) {
        robot.clickOn(editor.area());
        robot.write("这个是私单,退不了");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("这个是私单,退不了", editor.getText());
        assertEquals(2, editor.blockCountProperty().get());
        assertEquals("2 禁止 · 0 提醒", editor.summaryProperty().get());
        assertTrue(styleAt(3).contains(HitStyles.BLOCK));
        assertFalse(styleAt(1).contains(HitStyles.BLOCK));
        assertEquals(9, editor.characterCountProperty().get());

        Hit first = editor.getHits().get(0);
        robot.interact(() -> assertTrue(editor.replaceHit(first, FakePhraseChecker.PRIVATE_ORDER_FIX)));
        assertEquals("这个是" + FakePhraseChecker.PRIVATE_ORDER_FIX + ",退不了", editor.getText());
        assertEquals(1, editor.blockCountProperty().get());
        robot.interact(() -> assertTrue(editor.undo()));
        assertEquals("这个是私单,退不了", editor.getText());
        assertEquals(2, editor.blockCountProperty().get());
        assertTrue(styleAt(3).contains(HitStyles.BLOCK));
    }

    @Test
    void paintingNeitherMovesTheCaretNorCreatesUndoEntries(FxRobot robot) {
        robot.interact(() -> {
            editor.setText("前文我认为这是私单后文");
            editor.area().moveTo(2);
            editor.recheck();
            editor.recheck();
        });
        assertEquals(2, editor.area().getCaretPosition());
        assertFalse(editor.area().getUndoManager().isUndoAvailable(), "style changes are not undoable edits");
        assertEquals(List.of(Severity.WARN, Severity.BLOCK), editor.getHits().stream().map(Hit::severity).toList());
        assertTrue(styleAt(3).contains(HitStyles.WARN));
    }

    @Test
    void resultsForAnOlderTextAreDropped(FxRobot robot) {
        holdChecks = true;
        robot.interact(() -> {
            editor.setText("这是私单");
            editor.area().appendText(",好的");
        });
        assertEquals(2, queued.size());
        long current = editor.textVersion();
        robot.interact(() -> queued.poll().run());
        assertTrue(editor.getHits().isEmpty(), "result of the older version is not painted");
        assertFalse(styleAt(2).contains(HitStyles.BLOCK));
        robot.interact(() -> queued.poll().run());
        assertEquals(current, editor.appliedVersionProperty().get());
        assertEquals(1, editor.getHits().size());
        assertTrue(styleAt(2).contains(HitStyles.BLOCK));
    }

    @Test
    void f8JumpsToTheNextHitAndWraps(FxRobot robot) {
        robot.interact(() -> editor.setText("私单一二三退不了"));
        robot.clickOn(editor.area());
        robot.interact(() -> editor.area().moveTo(3));
        robot.type(KeyCode.F8);
        assertEquals("退不了", editor.area().getSelectedText());
        robot.type(KeyCode.F8);
        assertEquals("私单", editor.area().getSelectedText());
    }

    @Test
    void hoverShowsTheReasonAndCtrlDotJumpsToo(FxRobot robot) {
        robot.interact(() -> editor.setText("甲乙这是私单"));
        robot.interact(() -> editor.area().fireEvent(
                org.fxmisc.richtext.event.MouseOverTextEvent.beginAt(new javafx.geometry.Point2D(20, 20), 4)));
        assertEquals("私单", editor.popupHit().matchedText());
        robot.interact(() -> editor.area().fireEvent(org.fxmisc.richtext.event.MouseOverTextEvent.beginAt(
                new javafx.geometry.Point2D(5, 5), 0)));
        robot.clickOn(editor.area());
        robot.interact(() -> editor.area().moveTo(0));
        robot.press(KeyCode.CONTROL).type(KeyCode.PERIOD).release(KeyCode.CONTROL);
        assertEquals("私单", editor.area().getSelectedText());
        assertEquals("私单", editor.popupHit().matchedText());
    }

    private static InputMethodEvent ime(Object target, String composed, String committed) {
        List<InputMethodTextRun> runs = composed.isEmpty() ? List.of()
                : List.of(new InputMethodTextRun(composed, InputMethodHighlight.UNSELECTED_RAW));
        return new InputMethodEvent(InputMethodEvent.INPUT_METHOD_TEXT_CHANGED, runs, committed, composed.length());
    }

    @Test
    void composedTextIsShownButNotCheckedCountedOrUndoableUntilCommitted(FxRobot robot) {
        robot.interact(() -> {
            editor.setText("这是");
            editor.area().moveTo(2);
        });
        List<String> contents = new java.util.ArrayList<>();
        editor.contentProperty().addListener((o, was, now) -> contents.add(now));

        robot.interact(() -> editor.area().fireEvent(ime(editor.area(), "si", "")));
        robot.interact(() -> editor.area().fireEvent(ime(editor.area(), "私单", "")));
        assertEquals("这是私单", editor.area().getText(), "composed text is shown in place");
        assertEquals("这是", editor.getText(), "but it is not content");
        assertTrue(editor.isComposing());
        assertTrue(editor.getHits().isEmpty(), "composed text is not checked");
        assertEquals(2, editor.characterCountProperty().get());
        assertTrue(styleAt(2).contains(HitStyles.COMPOSED));
        assertTrue(contents.isEmpty(), "autosave sees nothing while composing");

        robot.interact(() -> editor.area().fireEvent(ime(editor.area(), "", "私单")));
        assertFalse(editor.isComposing());
        assertEquals("这是私单", editor.getText());
        assertEquals(List.of("这是私单"), contents);
        assertEquals(1, editor.blockCountProperty().get());
        assertEquals(4, editor.area().getCaretPosition());

        robot.interact(() -> assertTrue(editor.undo()));
        assertEquals("这是", editor.getText(), "the commit is one undo step; compositions left none");
        assertFalse(editor.area().getUndoManager().isUndoAvailable());
    }

    @Test
    void paintingDuringACompositionKeepsItIntactAndMapsOffsets(FxRobot robot) {
        holdChecks = true;
        robot.interact(() -> {
            editor.setText("私单。");
            editor.area().moveTo(0);
        });
        robot.interact(() -> editor.area().fireEvent(ime(editor.area(), "wo", "")));
        assertEquals("wo私单。", editor.area().getText());
        robot.interact(() -> queued.forEach(Runnable::run));
        assertEquals("wo私单。", editor.area().getText(), "composition untouched by painting");
        assertTrue(styleAt(0).contains(HitStyles.COMPOSED));
        assertTrue(styleAt(2).contains(HitStyles.BLOCK), "hit shifted past the composed text");
        assertEquals(2, editor.area().getCaretPosition());
        queued.clear();
        holdChecks = false;
        robot.interact(() -> editor.area().fireEvent(ime(editor.area(), "", "我")));
        assertEquals("我私单。", editor.getText());
        assertTrue(styleAt(1).contains(HitStyles.BLOCK));
        assertFalse(styleAt(0).contains(HitStyles.COMPOSED));
    }

    @Test
    void cancelledCompositionLeavesNoTrace(FxRobot robot) {
        robot.interact(() -> editor.setText("甲乙"));
        robot.interact(() -> editor.area().moveTo(1));
        robot.interact(() -> editor.area().fireEvent(ime(editor.area(), "bing", "")));
        robot.interact(() -> editor.area().fireEvent(ime(editor.area(), "", "")));
        assertEquals("甲乙", editor.area().getText());
        assertEquals(1, editor.area().getCaretPosition());
        assertFalse(editor.area().getUndoManager().isUndoAvailable());
    }
}
