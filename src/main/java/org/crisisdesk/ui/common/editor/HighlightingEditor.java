package org.crisisdesk.ui.common.editor;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import org.crisisdesk.checker.Hit;
import org.crisisdesk.checker.PhraseChecker;
import org.crisisdesk.checker.Severity;
import org.crisisdesk.common.Messages;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.fxmisc.richtext.model.PlainTextChange;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.TextChange;
import org.fxmisc.richtext.util.UndoUtils;
import org.fxmisc.undo.UndoManager;
import org.fxmisc.undo.UndoManagerFactory;

/**
 * The highlighting editor shared by drafts and the script library. Every committed change bumps
 * the text version and checks the text with the {@link PhraseChecker} on the injected executor
 * (pass {@code Runnable::run} to check inline); a result is painted only if it is for the current
 * version, so nothing is debounced and nothing stale is shown. Styles go on with
 * {@code setStyleSpans}, which moves neither caret nor selection, and the undo manager records
 * plain-text changes only, so painting never creates undo entries. Input-method composition is
 * handled by {@link ImeComposition}: composed text is shown but is not content until committed.
 *
 * <p>Keys: F8 / Ctrl+. next hit, Shift+F8 previous hit (each shows the reason and suggestions).
 */
public class HighlightingEditor extends StackPane {
    private static final KeyCombination NEXT_DOT = new KeyCodeCombination(KeyCode.PERIOD, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination NEXT_F8 = new KeyCodeCombination(KeyCode.F8);
    private static final KeyCombination PREV_F8 = new KeyCodeCombination(KeyCode.F8, KeyCombination.SHIFT_DOWN);

    private final StyleClassedTextArea area = new StyleClassedTextArea();
    private final ImeComposition ime = new ImeComposition(area);
    private final Executor checkExecutor;
    private final Messages messages;
    private final HitPopup popup;
    private volatile PhraseChecker checker;
    private volatile TextMarker marker = TextMarker.NONE;

    private final ObservableList<Hit> hits = FXCollections.observableArrayList();
    private final ObservableList<Hit> hitsView = FXCollections.unmodifiableObservableList(hits);
    private final ReadOnlyIntegerWrapper blockCount = new ReadOnlyIntegerWrapper(this, "blockCount");
    private final ReadOnlyIntegerWrapper warnCount = new ReadOnlyIntegerWrapper(this, "warnCount");
    private final ReadOnlyIntegerWrapper characterCount = new ReadOnlyIntegerWrapper(this, "characterCount");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper content = new ReadOnlyStringWrapper(this, "content", "");
    private final ReadOnlyLongWrapper appliedVersion = new ReadOnlyLongWrapper(this, "appliedVersion", -1);
    private long textVersion;

    public HighlightingEditor(PhraseChecker checker, Executor checkExecutor, Messages messages) {
        this.checker = Objects.requireNonNull(checker);
        this.checkExecutor = Objects.requireNonNull(checkExecutor);
        this.messages = Objects.requireNonNull(messages);
        this.popup = new HitPopup(messages, this::replaceHit);
        getStyleClass().add("highlighting-editor");
        getStylesheets().add(Objects.requireNonNull(
                HighlightingEditor.class.getResource("highlighting-editor.css")).toExternalForm());
        area.setWrapText(true);
        area.getStyleClass().add("editor-area");
        // typed text must not inherit a neighbouring hit's underline before the next check repaints
        area.setUseInitialStyleForInsertion(true);
        area.setUndoManager(plainUndoManager());
        ime.install();
        area.plainTextChanges().subscribe(this::onTextChange);
        area.setMouseOverTextDelay(java.time.Duration.ofMillis(300));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> hitAtDoc(e.getCharacterIndex())
                .ifPresent(h -> popup.show(area, h, e.getScreenPosition())));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> popup.hideSoon());
        area.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        getChildren().add(new VirtualizedScrollPane<>(area));
        refreshCounts();
    }

    /** Undo records plain-text changes that are content: never style changes, never composed text. */
    private UndoManager<List<PlainTextChange>> plainUndoManager() {
        return UndoManagerFactory.unlimitedHistoryFactory().createMultiChangeUM(
                area.multiPlainChanges().filter(c -> !ime.writing()),
                PlainTextChange::invert, UndoUtils.applyMultiPlainTextChange(area),
                TextChange::mergeWith, TextChange::isIdentity, UndoUtils.DEFAULT_PREVENT_MERGE_DELAY);
    }

    private void onKey(KeyEvent e) {
        if (PREV_F8.match(e)) {
            jumpToHit(false);
            e.consume();
        } else if (NEXT_F8.match(e) || NEXT_DOT.match(e)) {
            jumpToHit(true);
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE && popup.isShowing()) {
            popup.hide();
            e.consume();
        }
    }

    private void onTextChange(PlainTextChange change) {
        if (ime.writing()) {
            return;
        }
        contentChanged();
    }

    private void contentChanged() {
        long version = ++textVersion;
        String text = committedText();
        content.set(text);
        refreshCounts();
        submitCheck(version, text);
    }

    private void submitCheck(long version, String text) {
        PhraseChecker c = checker;
        TextMarker m = marker;
        try {
            checkExecutor.execute(() -> {
                List<Hit> found = c.check(text);
                List<TextMarker.Mark> marks = m.marks(text);
                if (Platform.isFxApplicationThread()) {
                    apply(version, found, marks);
                } else {
                    Platform.runLater(() -> apply(version, found, marks));
                }
            });
        } catch (RejectedExecutionException shutDown) {
            // the window is closing; nothing left to paint
        }
    }

    /** Paints a result unless the text has changed since it was computed. */
    private void apply(long version, List<Hit> found, List<TextMarker.Mark> marks) {
        if (version != textVersion) {
            return;
        }
        int len = area.getLength();
        StyleSpans<Collection<String>> spans = HitStyles.spans(found, marks, len, ime.start(), ime.length());
        int[] range = HitStyles.changedRange(spans, area.getStyleSpans(0, len));
        if (range != null && range[1] > range[0]) {
            area.setStyleSpans(range[0], spans.subView(range[0], range[1]));
        }
        if (!hits.equals(found)) {
            hits.setAll(found);
        }
        refreshCounts();
        appliedVersion.set(version);
    }

    private void refreshCounts() {
        int block = 0;
        int warn = 0;
        for (Hit h : hits) {
            if (h.severity() == Severity.BLOCK) {
                block++;
            } else {
                warn++;
            }
        }
        blockCount.set(block);
        warnCount.set(warn);
        characterCount.set(countCharacters(content.get()));
        summary.set(messages.get("editor.counts", block, warn));
    }

    /** Characters as a reader counts them: code points, line breaks not counted. */
    static int countCharacters(String text) {
        return (int) text.codePoints().filter(cp -> cp != '\n' && cp != '\r').count();
    }

    /** The document without uncommitted input-method text. */
    private String committedText() {
        String doc = area.getText();
        if (!ime.composing()) {
            return doc;
        }
        int s = ime.start();
        int e = Math.min(doc.length(), s + ime.length());
        return doc.substring(0, s) + doc.substring(e);
    }

    private java.util.Optional<Hit> hitAtDoc(int docIndex) {
        int idx = docIndex;
        if (ime.composing() && docIndex >= ime.start()) {
            if (docIndex < ime.start() + ime.length()) {
                return java.util.Optional.empty();
            }
            idx -= ime.length();
        }
        int i = idx;
        return hits.stream().filter(h -> h.start() <= i && i < h.end()).findFirst();
    }

    // ---- public API -------------------------------------------------------------------------

    /** Replaces the whole text (loading a draft); clears undo history. */
    public void setText(String text) {
        ime.drop();
        area.replaceText(text == null ? "" : text);
        area.getUndoManager().forgetHistory();
        area.moveTo(0);
        area.requestFollowCaret();
    }

    /** The committed text (what autosave stores). */
    public String getText() {
        return content.get();
    }

    /**
     * Replaces a hit with a suggestion as one undoable edit. Refused (false) when the hit no
     * longer matches the text, e.g. the text changed after it was found.
     */
    public boolean replaceHit(Hit hit, String suggestion) {
        ime.drop();
        // a hit of the painted, current text is valid even if the checker reports normalised matched text
        boolean current = appliedVersion.get() == textVersion && hits.contains(hit);
        if (hit.end() > area.getLength()
                || !current && !area.getText(hit.start(), hit.end()).equals(hit.matchedText())) {
            return false;
        }
        popup.hide();
        UndoManager<?> um = area.getUndoManager();
        um.preventMerge();
        area.replaceText(hit.start(), hit.end(), suggestion);
        um.preventMerge();
        area.moveTo(hit.start() + suggestion.length());
        area.requestFollowCaret();
        area.requestFocus();
        return true;
    }

    /** Inserts text at the caret (replacing any selection) as one undoable edit. */
    public void insertAtCaret(String text) {
        ime.drop();
        UndoManager<?> um = area.getUndoManager();
        um.preventMerge();
        area.replaceSelection(text);
        um.preventMerge();
        area.requestFollowCaret();
    }

    /** Selects a hit in the text and scrolls it into view. */
    public void selectHit(Hit hit) {
        ime.drop();
        int len = area.getLength();
        area.selectRange(Math.min(hit.start(), len), Math.min(hit.end(), len));
        area.requestFollowCaret();
        area.requestFocus();
    }

    /** Moves to the next (or previous) hit after the caret, wrapping, and shows its reason. */
    public java.util.Optional<Hit> jumpToHit(boolean forward) {
        if (hits.isEmpty()) {
            return java.util.Optional.empty();
        }
        int caret = area.getSelection().getStart();
        Hit target = null;
        if (forward) {
            int from = area.getSelection().getLength() > 0 ? caret + 1 : caret;
            target = hits.stream().filter(h -> h.start() >= from).findFirst().orElse(hits.get(0));
        } else {
            for (Hit h : hits) {
                if (h.start() < caret) {
                    target = h;
                }
            }
            target = target == null ? hits.get(hits.size() - 1) : target;
        }
        selectHit(target);
        Hit shown = target;
        Bounds b = area.getCharacterBoundsOnScreen(target.start(), target.end()).orElse(null);
        if (b != null) {
            popup.show(area, shown, new Point2D(b.getMinX(), b.getMaxY()));
        }
        return java.util.Optional.of(target);
    }

    public boolean undo() {
        ime.drop();
        return area.getUndoManager().undo();
    }

    public boolean redo() {
        ime.drop();
        return area.getUndoManager().redo();
    }

    public void setEditable(boolean editable) {
        area.setEditable(editable);
    }

    /** Swaps the checker (e.g. after rules change) and checks the text again. */
    public void setChecker(PhraseChecker checker) {
        this.checker = Objects.requireNonNull(checker);
        recheck();
    }

    /** Sets extra marks (e.g. placeholders) and checks the text again. */
    public void setMarker(TextMarker marker) {
        this.marker = Objects.requireNonNull(marker);
        recheck();
    }

    /** Checks the current text again without changing it. */
    public void recheck() {
        submitCheck(++textVersion, content.get());
    }

    /** Current hits in text order, in committed-text offsets. */
    public ObservableList<Hit> getHits() {
        return hitsView;
    }

    public ReadOnlyIntegerProperty blockCountProperty() {
        return blockCount.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty warnCountProperty() {
        return warnCount.getReadOnlyProperty();
    }

    /** Characters of the committed text, line breaks not counted. */
    public ReadOnlyIntegerProperty characterCountProperty() {
        return characterCount.getReadOnlyProperty();
    }

    /** e.g. "2 禁止 · 1 提醒". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The committed text; changes only when committed content changes (autosave listens here). */
    public ReadOnlyStringProperty contentProperty() {
        return content.getReadOnlyProperty();
    }

    /** The text version whose hits are painted; equals {@link #textVersion()} when up to date. */
    public ReadOnlyLongProperty appliedVersionProperty() {
        return appliedVersion.getReadOnlyProperty();
    }

    public long textVersion() {
        return textVersion;
    }

    public boolean isComposing() {
        return ime.composing();
    }

    /** The underlying RichTextFX area, for focus, key bindings and tests. */
    public StyleClassedTextArea area() {
        return area;
    }

    /** The hit whose popup is showing, or null. */
    public Hit popupHit() {
        return popup.shownHit();
    }
}
