package org.crisisdesk.ui.shell;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import org.crisisdesk.app.Desk;
import org.crisisdesk.cases.CaseStatus;
import org.crisisdesk.cases.Incident;
import org.crisisdesk.checklist.CaseStatusPort;
import org.crisisdesk.common.Actor;
import org.crisisdesk.ui.casefile.CaseViewModel;
import org.crisisdesk.ui.checklist.ReviewView;
import org.crisisdesk.ui.checklist.ReviewViewModel;
import org.crisisdesk.ui.common.Async;
import org.crisisdesk.ui.common.Labels;

/**
 * Keeps statuses and steps in agreement: completing step 4, 7 or 8 offers the matching board
 * column, and closing a case (from the board or the case view) asks for the review (复盘) first.
 */
final class StatusMoves implements CaseStatusPort {
    private final Desk desk;
    private final Async async;
    private final Labels labels;
    private final Supplier<Actor> actor;
    private final Runnable refresh;
    private final Supplier<Scene> scene;
    private final Map<Long, CaseViewModel> open = new HashMap<>();

    StatusMoves(Desk desk, Async async, Labels labels, Supplier<Actor> actor, Runnable refresh, Supplier<Scene> scene) {
        this.desk = desk;
        this.async = async;
        this.labels = labels;
        this.actor = actor;
        this.refresh = refresh;
        this.scene = scene;
    }

    void register(long id, CaseViewModel vm) {
        open.put(id, vm);
    }

    void unregister(long id) {
        open.remove(id);
    }

    @Override
    public void offerMove(long incidentId, String targetStatus) {
        Platform.runLater(() -> {
            CaseStatus to = CaseStatus.valueOf(targetStatus);
            Alert ask = new Alert(Alert.AlertType.CONFIRMATION,
                    labels.get("moves.offer", labels.get(to.labelKey())), ButtonType.YES, ButtonType.NO);
            ask.setHeaderText(labels.get("moves.offer.title"));
            if (scene.get() != null) {
                ask.initOwner(scene.get().getWindow());
            }
            ask.showAndWait().filter(b -> b == ButtonType.YES).ifPresent(b -> move(incidentId, to));
        });
    }

    private void move(long id, CaseStatus to) {
        if (!guardMove(id, to)) {
            return;
        }
        CaseViewModel vm = open.get(id);
        if (vm != null) {
            vm.moveTo(to);
            refresh.run();
            return;
        }
        async.run(() -> {
            Incident i = desk.caseQueries().incident(id);
            return desk.cases().moveTo(id, i.version(), to, actor.get());
        }, moved -> refresh.run());
    }

    /**
     * Called before any move. Closing needs the review first; returns false when the user cancels
     * it, so the case stays where it is.
     */
    boolean guardMove(long id, CaseStatus to) {
        if (to != CaseStatus.CLOSED) {
            return true;
        }
        ReviewViewModel review = new ReviewViewModel(desk.checklists(), async.background(), actor, desk.messages());
        review.load(id);
        return ReviewView.showAndWait(scene.get() == null ? null : scene.get().getWindow(), review, desk.messages());
    }
}
