package org.crisisdesk.ui.checklist;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.stage.Stage;
import org.controlsfx.control.Notifications;
import org.crisisdesk.checklist.Alert;
import org.crisisdesk.checklist.AlertMonitor;
import org.crisisdesk.common.Messages;

/**
 * Shows checklist alerts wherever the user is: an in-app notification naming case and step,
 * clickable to open the case; when the window is minimised also the system tray, a taskbar
 * attention request where supported, and a beep. While the desk is {@link #lockedProperty()
 * locked} only counts are shown, never case data.
 */
public final class AlertPresenter {
    /** Poll every this many ticks of the shared ticker. */
    static final int POLL_TICKS = 15;

    /** One notification: title, text and the case it opens (null for a locked summary). */
    /** More alerts than this at once are summarised in one notification. */
    static final int FLOOD = 3;

    public record Shown(String title, String text, Long incidentId) {
    }

    private final Messages messages;
    private final LongConsumer openCase;
    private final BooleanProperty locked = new SimpleBooleanProperty(this, "locked");
    private final TrayNotifier tray;
    private Stage stage;
    private Consumer<Shown> sink = this::notifyInApp;
    private int ticks;
    private boolean polling;

    public AlertPresenter(Messages messages, LongConsumer openCase) {
        this.messages = messages;
        this.openCase = openCase;
        this.tray = new TrayNotifier(messages.get("app.title"), id -> Platform.runLater(() -> openCase.accept(id)));
    }

    /** The main window: owner of the notifications, and whose minimised state calls for the tray. */
    public void setStage(Stage stage) {
        this.stage = stage;
    }

    /** Replaces the in-app display (tests record what would be shown). */
    public void setSink(Consumer<Shown> sink) {
        this.sink = sink;
    }

    public BooleanProperty lockedProperty() {
        return locked;
    }

    /** Polls the monitor every {@link #POLL_TICKS} ticks on the executor and presents what fired. */
    public void attach(Ticker ticker, AlertMonitor monitor, Executor executor) {
        ticker.nowProperty().addListener((obs, old, now) -> {
            if (++ticks < POLL_TICKS || polling) {
                return;
            }
            ticks = 0;
            polling = true;
            FxTasks.run(executor, () -> monitor.poll(now), alerts -> {
                polling = false;
                present(alerts);
            }, e -> polling = false);
        });
    }

    /** What to show for these alerts: one per alert, or a count-only summary while locked. */
    public List<Shown> describe(List<Alert> alerts) {
        List<Shown> shown = new ArrayList<>();
        if (alerts.isEmpty()) {
            return shown;
        }
        if (locked.get()) {
            long overdue = alerts.stream().filter(a -> a.kind() == Alert.Kind.OVERDUE).count();
            shown.add(new Shown(messages.get("checklist.alert.lockedTitle"),
                    messages.get("checklist.alert.lockedText", alerts.size() - overdue, overdue), null));
            return shown;
        }
        if (alerts.size() > FLOOD) {
            // after a restart or a weekend many steps turn at once: one summary, not a wall of pop-ups
            long overdue = alerts.stream().filter(a -> a.kind() == Alert.Kind.OVERDUE).count();
            String first = alerts.stream().limit(FLOOD).map(Alert::caseNo).distinct()
                    .collect(java.util.stream.Collectors.joining("、"));
            shown.add(new Shown(messages.get("checklist.alert.manyTitle", alerts.size()),
                    messages.get("checklist.alert.manyText", alerts.size() - overdue, overdue, first), null));
            return shown;
        }
        for (Alert a : alerts) {
            String title = messages.get(a.kind() == Alert.Kind.OVERDUE ? "checklist.alert.overdue" : "checklist.alert.dueSoon");
            shown.add(new Shown(title, messages.get("checklist.alert.text", a.caseNo(), a.caseTitle(), a.stepNo(),
                    a.stepTitle()), a.incidentId()));
        }
        return shown;
    }

    /** Presents on the FX thread. */
    public void present(List<Alert> alerts) {
        List<Shown> shown = describe(alerts);
        if (shown.isEmpty()) {
            return;
        }
        shown.forEach(sink);
        if (stage != null && stage.isIconified()) {
            shown.forEach(tray::show);
            tray.requestAttention();
            tray.beep();
        }
    }

    private void notifyInApp(Shown s) {
        Notifications n = Notifications.create().title(s.title()).text(s.text())
                .hideAfter(javafx.util.Duration.seconds(15));
        if (stage != null) {
            n.owner(stage);
        }
        if (s.incidentId() != null) {
            long id = s.incidentId();
            n.onAction(e -> {
                if (stage != null) {
                    stage.setIconified(false);
                    stage.toFront();
                }
                openCase.accept(id);
            });
        }
        n.showWarning();
    }
}
