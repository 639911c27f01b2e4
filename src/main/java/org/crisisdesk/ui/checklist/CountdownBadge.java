package org.crisisdesk.ui.checklist;

import atlantafx.base.theme.Styles;
import java.time.Instant;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import org.crisisdesk.checklist.Step;
import org.crisisdesk.checklist.StepState;
import org.crisisdesk.checklist.StepStatus;
import org.crisisdesk.common.Messages;

/**
 * A countdown for one step: the remaining time, amber ({@code due-soon}, {@link Styles#WARNING})
 * once due soon, red and counting up ({@code overdue}, {@link Styles#DANGER}) once late.
 * Driven by the shared {@link Ticker}; holds no timer of its own.
 */
public class CountdownBadge extends Label {
    public static final String STYLE = "countdown-badge";
    public static final String DUE_SOON = "due-soon";
    public static final String OVERDUE = "overdue";
    public static final String PENDING = "pending";

    private final ObjectProperty<StepState> state = new SimpleObjectProperty<>(this, "state", StepState.OPEN);
    private final ObjectProperty<Instant> windowStart = new SimpleObjectProperty<>(this, "windowStart");
    private final ObjectProperty<Instant> deadline = new SimpleObjectProperty<>(this, "deadline");
    private final ObjectBinding<CountdownText> shown;
    /** True while a tick replaces the words, so the layout request stays with the badge. */
    private boolean wordsOnly;

    public CountdownBadge(ObservableValue<Instant> now, Messages messages) {
        getStyleClass().addAll(STYLE, Styles.TEXT_BOLD);
        shown = Bindings.createObjectBinding(() -> CountdownText.of(state.get(), windowStart.get(), deadline.get(),
                now.getValue(), messages), now, state, windowStart, deadline);
        shown.addListener((obs, old, value) -> {
            if (old == null || old.status() != value.status()) {
                restyle(value.status()); // a style class change restyles the badge from scratch: only when it means something
            }
            showWords(value.text());
        });
        restyle(shown.get().status());
        setText(shown.get().text());
    }

    /**
     * A tick replaces the words: the badge lays out its text again, and asks its parents to make room
     * only when the new words do not fit. Otherwise every second each overdue countdown re-laid out
     * every row and column up to the window (a board column's list re-measured its cells), and JavaFX
     * then drew the whole window again instead of the few changed words (measured: 70–120 ms of
     * software drawing every second on the board).
     */
    private void showWords(String words) {
        wordsOnly = true;
        try {
            setText(words);
        } finally {
            wordsOnly = false;
        }
        if (getWidth() > 0 && computePrefWidth(-1) > getWidth()) {
            super.requestLayout(); // grew: the row makes room
        }
    }

    @Override
    public void requestLayout() {
        if (wordsOnly && getWidth() > 0) {
            setNeedsLayout(true); // this badge only; the rows around it keep their places
            return;
        }
        super.requestLayout();
    }

    /** Shows the given step (null clears to 待定). */
    public void show(Step step) {
        if (step == null) {
            state.set(StepState.OPEN);
            windowStart.set(null);
            deadline.set(null);
            return;
        }
        state.set(step.state());
        windowStart.set(step.windowStart());
        deadline.set(step.deadline());
    }

    public StepStatus status() {
        return shown.get().status();
    }

    private void restyle(StepStatus status) {
        getStyleClass().removeAll(DUE_SOON, OVERDUE, PENDING, Styles.WARNING, Styles.DANGER, Styles.SUCCESS);
        switch (status) {
            case DUE_SOON -> getStyleClass().addAll(DUE_SOON, Styles.WARNING);
            case OVERDUE -> getStyleClass().addAll(OVERDUE, Styles.DANGER);
            case PENDING_INPUT -> getStyleClass().add(PENDING);
            case DONE -> getStyleClass().add(Styles.SUCCESS);
            default -> {
                // on time and skipped keep the plain look
            }
        }
    }

    public ObjectProperty<StepState> stateProperty() {
        return state;
    }

    public ObjectProperty<Instant> windowStartProperty() {
        return windowStart;
    }

    public ObjectProperty<Instant> deadlineProperty() {
        return deadline;
    }
}
