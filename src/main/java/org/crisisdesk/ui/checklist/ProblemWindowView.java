package org.crisisdesk.ui.checklist;

import atlantafx.base.theme.Styles;
import java.time.Duration;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.crisisdesk.checklist.Countdown;
import org.crisisdesk.checklist.ProblemWindow;
import org.crisisdesk.checklist.Track;
import org.crisisdesk.checklist.TrackNote;
import org.crisisdesk.common.Messages;

/** Time left before publication, and what has been done on the customer side and the media side. */
public final class ProblemWindowView extends VBox {
    private final ProblemWindowViewModel model;
    private final Messages messages;
    private final VBox customer = new VBox(2);
    private final VBox media = new VBox(2);

    public ProblemWindowView(ProblemWindowViewModel model, Ticker ticker, Messages messages) {
        this.model = model;
        this.messages = messages;
        Label left = new Label();
        left.setId("problem-window-left");
        left.getStyleClass().add(Styles.TEXT_BOLD);
        left.textProperty().bind(Bindings.createStringBinding(() -> leftText(model.windowProperty().get(),
                ticker.now()), model.windowProperty(), ticker.nowProperty()));
        Label error = new Label();
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(model.errorProperty());
        HBox tracks = new HBox(12, track(Track.CUSTOMER, customer), track(Track.MEDIA, media));
        setSpacing(8);
        setPadding(new Insets(12));
        getChildren().addAll(left, tracks, error);
        model.windowProperty().addListener((obs, old, w) -> fill(w));
    }

    private VBox track(Track track, VBox notes) {
        Label title = new Label(messages.get("checklist.track." + track.name()));
        title.getStyleClass().add(Styles.TEXT_BOLD);
        Label hint = new Label(messages.get("checklist.track." + track.name() + ".hint"));
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);
        TextField input = new TextField();
        input.setId("track-" + track.name());
        Button add = new Button(messages.get("checklist.track.add"));
        add.setId("track-" + track.name() + "-add");
        add.setOnAction(e -> {
            model.addNote(track, input.getText());
            input.clear();
        });
        HBox row = new HBox(6, input, add);
        HBox.setHgrow(input, Priority.ALWAYS);
        VBox box = new VBox(6, title, hint, notes, row);
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    private void fill(ProblemWindow w) {
        customer.getChildren().setAll(labels(w == null ? List.of() : w.customerSide()));
        media.getChildren().setAll(labels(w == null ? List.of() : w.mediaSide()));
    }

    private List<Label> labels(List<TrackNote> notes) {
        return notes.stream().map(n -> new Label("• " + n.body() + "(" + n.author() + ")")).toList();
    }

    private String leftText(ProblemWindow w, java.time.Instant now) {
        if (w == null || w.expectedPublication() == null) {
            return messages.get("checklist.window.noPublication");
        }
        Duration left = w.timeLeft(now).orElseThrow();
        return left.isNegative() ? messages.get("checklist.window.published")
                : messages.get("checklist.window.left", Countdown.format(left));
    }
}
