package org.crisisdesk.ui.common.editor;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.IndexRange;
import javafx.scene.input.InputMethodEvent;
import javafx.scene.input.InputMethodRequests;
import javafx.scene.input.InputMethodTextRun;
import org.fxmisc.richtext.StyleClassedTextArea;

/**
 * Input-method handling for the editor. RichTextFX 0.11 writes composed (uncommitted) text into
 * the document and only installs its handler where the platform reports IME support; this class
 * replaces both. Composed text is shown in place (styled {@code ime-composed}) but written with
 * {@link #writing()} raised, so the editor neither checks, counts, saves nor records it for undo;
 * only committed text becomes content, as one undoable insertion.
 */
final class ImeComposition {
    private final StyleClassedTextArea area;
    private boolean writing;
    private int start;
    private int length;

    ImeComposition(StyleClassedTextArea area) {
        this.area = area;
    }

    void install() {
        area.setInputMethodRequests(new Requests());
        area.setOnInputMethodTextChanged(this::handle);
    }

    /** True while the editor itself writes or removes composed text (those edits are not content). */
    boolean writing() {
        return writing;
    }

    boolean composing() {
        return length > 0;
    }

    int start() {
        return start;
    }

    int length() {
        return length;
    }

    void handle(InputMethodEvent e) {
        if (!area.isEditable() || area.isDisabled()) {
            return;
        }
        int at;
        if (length > 0) {
            at = start;
            removeComposed();
        } else {
            IndexRange sel = area.getSelection();
            at = sel.getStart();
            // starting to compose over a selection deletes the selection: a real edit
            if (sel.getLength() > 0 && (!e.getCommitted().isEmpty() || !composedText(e).isEmpty())) {
                area.deleteText(sel.getStart(), sel.getEnd());
            }
        }
        String committed = e.getCommitted();
        if (!committed.isEmpty()) {
            area.insertText(at, committed);
            at += committed.length();
        }
        String composed = composedText(e);
        if (!composed.isEmpty()) {
            int pos = at;
            write(() -> {
                area.insertText(pos, composed);
                area.setStyle(pos, pos + composed.length(), List.of(HitStyles.COMPOSED));
            });
            start = pos;
            length = composed.length();
            area.moveTo(pos + Math.max(0, Math.min(e.getCaretPosition(), composed.length())));
        } else {
            area.moveTo(at);
        }
        area.requestFollowCaret();
    }

    /** Removes uncommitted text (before a programmatic edit, or when the composition is cancelled). */
    void drop() {
        if (length > 0) {
            removeComposed();
        }
    }

    private void removeComposed() {
        int s = start;
        int e = Math.min(area.getLength(), start + length);
        start = 0;
        length = 0;
        write(() -> area.deleteText(s, e));
        area.moveTo(s);
    }

    private void write(Runnable edit) {
        writing = true;
        try {
            edit.run();
        } finally {
            writing = false;
        }
    }

    private static String composedText(InputMethodEvent e) {
        StringBuilder b = new StringBuilder();
        for (InputMethodTextRun run : e.getComposed()) {
            b.append(run.getText());
        }
        return b.toString();
    }

    /** Tells the input method where the caret is, so its candidate window opens beside it. */
    private final class Requests implements InputMethodRequests {
        @Override
        public Point2D getTextLocation(int offset) {
            Bounds b = area.getCaretBounds().orElse(null);
            if (b == null) {
                Bounds own = area.localToScreen(area.getBoundsInLocal());
                return own == null ? new Point2D(0, 0) : new Point2D(own.getMinX(), own.getMinY());
            }
            return new Point2D(b.getMinX(), b.getMaxY());
        }

        @Override
        public int getLocationOffset(int x, int y) {
            return 0;
        }

        @Override
        public void cancelLatestCommittedText() {
            // nothing to take back: committed text is already an ordinary undoable edit
        }

        @Override
        public String getSelectedText() {
            return area.getSelectedText();
        }
    }
}
