package org.crisisdesk.ui.checklist;

import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.crisisdesk.checklist.ChecklistService;
import org.crisisdesk.checklist.ProblemWindow;
import org.crisisdesk.checklist.Track;
import org.crisisdesk.common.Actor;
import org.crisisdesk.common.Messages;

/** The problem-solving window of one case: time before publication and the two tracks' notes. */
public final class ProblemWindowViewModel {
    private final ChecklistService service;
    private final Executor executor;
    private final Supplier<Actor> actor;
    private final Messages messages;
    private final ReadOnlyObjectWrapper<ProblemWindow> window = new ReadOnlyObjectWrapper<>(this, "window");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private long incidentId;

    public ProblemWindowViewModel(ChecklistService service, Executor executor, Supplier<Actor> actor,
            Messages messages) {
        this.service = service;
        this.executor = executor;
        this.actor = actor;
        this.messages = messages;
    }

    public void load(long incidentId) {
        this.incidentId = incidentId;
        FxTasks.run(executor, () -> service.problemWindow(incidentId), window::set,
                e -> error.set(FxTasks.message(messages, e)));
    }

    public void addNote(Track track, String body) {
        long id = incidentId;
        FxTasks.run(executor, () -> {
            service.addTrackNote(id, track, body, actor.get());
            return service.problemWindow(id);
        }, w -> {
            error.set(null);
            window.set(w);
        }, e -> error.set(FxTasks.message(messages, e)));
    }

    public ReadOnlyObjectProperty<ProblemWindow> windowProperty() {
        return window.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
