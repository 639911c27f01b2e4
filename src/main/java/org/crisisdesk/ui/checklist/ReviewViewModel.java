package org.crisisdesk.ui.checklist;

import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.crisisdesk.checklist.ChecklistService;
import org.crisisdesk.checklist.Review;
import org.crisisdesk.common.Actor;
import org.crisisdesk.common.Messages;

/** The review (复盘) of one case: what happened, what worked, what to change in the plan. */
public final class ReviewViewModel {
    private final ChecklistService service;
    private final Executor executor;
    private final Supplier<Actor> actor;
    private final Messages messages;
    private final StringProperty whatHappened = new SimpleStringProperty(this, "whatHappened", "");
    private final StringProperty whatWorked = new SimpleStringProperty(this, "whatWorked", "");
    private final StringProperty whatToChange = new SimpleStringProperty(this, "whatToChange", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final ReadOnlyBooleanWrapper saved = new ReadOnlyBooleanWrapper(this, "saved");
    private long incidentId;
    private int version = Review.NEW;

    public ReviewViewModel(ChecklistService service, Executor executor, Supplier<Actor> actor, Messages messages) {
        this.service = service;
        this.executor = executor;
        this.actor = actor;
        this.messages = messages;
    }

    public void load(long incidentId) {
        this.incidentId = incidentId;
        saved.set(false);
        FxTasks.run(executor, () -> service.review(incidentId), review -> {
            version = review.map(Review::version).orElse(Review.NEW);
            whatHappened.set(review.map(Review::whatHappened).orElse(""));
            whatWorked.set(review.map(Review::whatWorked).orElse(""));
            whatToChange.set(review.map(Review::whatToChange).orElse(""));
        }, e -> error.set(FxTasks.message(messages, e)));
    }

    /** Saves; {@link #savedProperty()} turns true once stored (the case may then be closed). */
    public void save() {
        if (whatHappened.get().isBlank()) {
            error.set(messages.get("checklist.review.happenedMissing"));
            return;
        }
        long id = incidentId;
        String a = whatHappened.get();
        String b = whatWorked.get();
        String c = whatToChange.get();
        int v = version;
        FxTasks.run(executor, () -> service.saveReview(id, a, b, c, v, actor.get()), review -> {
            version = review.version();
            error.set(null);
            saved.set(true);
        }, e -> error.set(FxTasks.message(messages, e)));
    }

    public StringProperty whatHappenedProperty() {
        return whatHappened;
    }

    public StringProperty whatWorkedProperty() {
        return whatWorked;
    }

    public StringProperty whatToChangeProperty() {
        return whatToChange;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }
}
