package org.crisisdesk.ui.checklist;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.crisisdesk.common.Messages;

/** The review form (复盘). Shown before a case is closed: {@link #showAndWait}. */
public final class ReviewView extends VBox {
    private final ReviewViewModel model;
    private final Button save;

    public ReviewView(ReviewViewModel model, Messages messages) {
        this.model = model;
        TextArea happened = area("review-happened", model.whatHappenedProperty());
        TextArea worked = area("review-worked", model.whatWorkedProperty());
        TextArea change = area("review-change", model.whatToChangeProperty());
        Label error = new Label();
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(model.errorProperty());
        save = new Button(messages.get("checklist.review.save"));
        save.setId("review-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.setOnAction(e -> model.save());
        setSpacing(6);
        setPadding(new Insets(12));
        getChildren().addAll(new Label(messages.get("checklist.review.happened")), happened,
                new Label(messages.get("checklist.review.worked")), worked,
                new Label(messages.get("checklist.review.change")), change, error, save);
    }

    private static TextArea area(String id, javafx.beans.property.StringProperty value) {
        TextArea a = new TextArea();
        a.setId(id);
        a.setPrefRowCount(3);
        a.setWrapText(true);
        a.textProperty().bindBidirectional(value);
        return a;
    }

    /** A modal dialog around the form; true when the review was saved (go on closing the case). */
    public static boolean showAndWait(Window owner, ReviewViewModel model, Messages messages) {
        Dialog<Boolean> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("checklist.review.title"));
        ReviewView view = new ReviewView(model, messages);
        dialog.getDialogPane().setContent(view);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CANCEL);
        model.savedProperty().addListener((obs, was, now) -> {
            if (now) {
                dialog.setResult(true);
                dialog.close();
            }
        });
        dialog.setResultConverter(b -> model.savedProperty().get());
        return dialog.showAndWait().orElse(false);
    }
}
