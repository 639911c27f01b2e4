package org.crisisdesk.ui.checklist;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.function.LongConsumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.crisisdesk.checklist.DueItem;
import org.crisisdesk.common.Messages;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The strip at the top of the board: one button per step due soon or overdue (case number,
 * step, countdown), earliest first; clicking opens the case through {@link #setOnOpenCase}.
 */
public final class DueSoonStrip extends HBox {
    public static final String STYLE = "due-soon-strip";
    public static final String ENTRY = "due-soon-entry";
    /**
     * Entries shown at most: a strip wider than the window helps nobody, and each entry is a button
     * with a live countdown (at 50,000 cases the board had 86 due and the strip cost a tenth of a
     * second to style every time it was rebuilt).
     */
    static final int MAX_ENTRIES = 12;

    private final DueSoonModel model;
    private final Ticker ticker;
    private final Messages messages;
    private final HBox entries = new HBox(6);
    private final Label empty;
    private LongConsumer onOpenCase = id -> {
    };

    public DueSoonStrip(DueSoonModel model, Ticker ticker, Messages messages) {
        this.model = model;
        this.ticker = ticker;
        this.messages = messages;
        Label title = new Label(messages.get("checklist.strip.title"), new FontIcon(Material2AL.ACCESS_ALARM));
        title.getStyleClass().add(Styles.TEXT_BOLD);
        title.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the entries scroll; the title stays whole
        empty = new Label(messages.get("checklist.strip.empty"));
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        ScrollPane scroll = new ScrollPane(entries);
        scroll.setFitToHeight(true);
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add(atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);
        HBox.setHgrow(scroll, Priority.ALWAYS);

        getStyleClass().add(STYLE);
        setSpacing(8);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(4, 8, 4, 8));
        getChildren().addAll(title, scroll);

        model.items().addListener((ListChangeListener<DueItem>) c -> rebuild());
        rebuild();
    }

    public void setOnOpenCase(LongConsumer onOpenCase) {
        this.onOpenCase = onOpenCase;
    }

    /** The entries shown, for tests and the board. */
    public HBox entries() {
        return entries;
    }

    private void rebuild() {
        entries.getChildren().clear();
        if (model.items().isEmpty()) {
            entries.getChildren().add(empty);
            return;
        }
        // the most urgent first (the list comes by deadline); a card's own countdown shows the rest
        List<DueItem> items = model.items();
        for (DueItem item : items.subList(0, Math.min(items.size(), MAX_ENTRIES))) {
            CountdownBadge badge = new CountdownBadge(ticker.nowProperty(), messages);
            badge.show(item.step());
            Button b = new Button(messages.get("checklist.strip.entry", item.caseNo(), item.step().stepNo(),
                    item.step().title()), badge);
            b.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
            b.getStyleClass().addAll(ENTRY, Styles.FLAT);
            b.setUserData(item);
            b.setOnAction(e -> onOpenCase.accept(item.incidentId()));
            entries.getChildren().add(b);
        }
        if (items.size() > MAX_ENTRIES) {
            Label more = new Label(messages.get("checklist.strip.more", items.size() - MAX_ENTRIES));
            more.getStyleClass().add(Styles.TEXT_MUTED);
            entries.getChildren().add(more);
        }
    }
}
