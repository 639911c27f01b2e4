package org.crisisdesk.ui.checklist;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.crisisdesk.checklist.ChecklistService;
import org.crisisdesk.checklist.DueItem;
import org.crisisdesk.common.Messages;

/**
 * The board's due-soon list: every open step due within the next hour or overdue, across cases,
 * earliest first. Reloaded every {@link #REFRESH_TICKS} ticks of the shared ticker and whenever
 * {@link #refresh()} is called (after a step changes); the countdowns themselves tick in the badges.
 */
public final class DueSoonModel {
    static final Duration HORIZON = Duration.ofHours(1);
    static final int REFRESH_TICKS = 30;

    private final ChecklistService service;
    private final Executor executor;
    private final Ticker ticker;
    private final Messages messages;
    private final ObservableList<DueItem> items = FXCollections.observableArrayList();
    /** One read-only wrapper, kept: a wrapper made per call would drop its listeners when collected. */
    private final ObservableList<DueItem> itemsView = FXCollections.unmodifiableObservableList(items);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private int ticks;
    private boolean loading;
    /** Ticks reload only once a workspace has asked for the list (a hidden, not yet signed-in one has not). */
    private boolean asked;

    public DueSoonModel(ChecklistService service, Executor executor, Ticker ticker, Messages messages) {
        this.service = service;
        this.executor = executor;
        this.ticker = ticker;
        this.messages = messages;
        ticker.nowProperty().addListener((obs, old, now) -> {
            if (asked && ++ticks >= REFRESH_TICKS) {
                ticks = 0;
                refresh();
            }
        });
    }

    public void refresh() {
        asked = true;
        if (loading) {
            return;
        }
        loading = true;
        FxTasks.run(executor, () -> service.dueSoon(ticker.clock().instant(), HORIZON), (List<DueItem> list) -> {
            loading = false;
            error.set(null);
            items.setAll(list);
        }, e -> {
            loading = false;
            error.set(FxTasks.message(messages, e));
        });
    }

    public ObservableList<DueItem> items() {
        return itemsView;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
