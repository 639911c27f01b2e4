package org.crisisdesk.ui.drafting;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.crisisdesk.drafting.Draft;
import org.crisisdesk.drafting.Placeholder;
import org.crisisdesk.drafting.PlaceholderValues;
import org.crisisdesk.drafting.Placeholders;

/**
 * One open draft (a tab): its stored state, the text being edited, and what still blocks
 * "final". Holds no nodes; the view binds {@link #blockCountProperty()} to its editor.
 */
public final class DraftSession {
    /** Text the editor must show because it came from storage (open, restore), not from typing. */
    public record Reload(long seq, String text) {
    }

    private final ReadOnlyObjectWrapper<Draft> draft;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ReadOnlyObjectWrapper<Reload> reload = new ReadOnlyObjectWrapper<>(this, "reload");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final IntegerProperty blockCount = new SimpleIntegerProperty(this, "blockCount");
    private final ObservableList<String> unfilled = FXCollections.observableArrayList();
    private final BooleanBinding finalisable;
    private volatile PlaceholderValues values = PlaceholderValues.NONE;
    private String lastSubmitted;
    private long reloadSeq;

    DraftSession(Draft draft) {
        this.draft = new ReadOnlyObjectWrapper<>(this, "draft", draft);
        this.lastSubmitted = draft.text();
        reload(draft.text());
        finalisable = Bindings.createBooleanBinding(
                () -> !this.draft.get().isFinal() && blockCount.get() == 0 && unfilled.isEmpty()
                        && !text.get().isBlank(),
                this.draft, blockCount, unfilled, text);
    }

    public long id() {
        return draft.get().id();
    }

    public ReadOnlyObjectProperty<Draft> draftProperty() {
        return draft.getReadOnlyProperty();
    }

    public Draft getDraft() {
        return draft.get();
    }

    /** The committed text as last reported by the editor. */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public String getText() {
        return text.get();
    }

    public ReadOnlyObjectProperty<Reload> reloadProperty() {
        return reload.getReadOnlyProperty();
    }

    /** True while typed text is not yet stored (the autosave follows within about a second). */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** 禁止 hits currently in the text; the view binds the editor's count here. */
    public IntegerProperty blockCountProperty() {
        return blockCount;
    }

    /** Placeholders left in the text, as written ({承诺时间}, and unknown ones). */
    public ObservableList<String> getUnfilled() {
        return unfilled;
    }

    /** Whether "mark final" would be accepted without an override. */
    public BooleanBinding finalisableProperty() {
        return finalisable;
    }

    PlaceholderValues values() {
        return values;
    }

    void setValues(PlaceholderValues values) {
        this.values = values;
    }

    /** Records the editor's text; true when it differs from what is stored (so it must be saved). */
    boolean textChanged(String newText) {
        text.set(newText);
        List<String> holes = Placeholders.findAll(newText).stream().map(m -> "{" + m.name() + "}").distinct().toList();
        if (!holes.equals(unfilled)) {
            unfilled.setAll(holes);
        }
        boolean changed = !newText.equals(lastSubmitted);
        if (changed) {
            lastSubmitted = newText;
            dirty.set(true);
        }
        return changed;
    }

    /** A save (or any storage call) returned this row. */
    void stored(Draft d) {
        draft.set(d);
        dirty.set(!d.text().equals(text.get()));
    }

    /** Storage changed the text (restore): the editor must show it. */
    void reload(String newText) {
        lastSubmitted = newText;
        reload.set(new Reload(++reloadSeq, newText));
    }

    /** Whether a token such as {公司} names a known placeholder. */
    public static boolean isKnown(String token) {
        return token.length() > 2 && Placeholder.byName(token.substring(1, token.length() - 1)).isPresent();
    }
}
