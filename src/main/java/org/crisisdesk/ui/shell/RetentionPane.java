package org.crisisdesk.ui.shell;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.crisisdesk.app.Desk;
import org.crisisdesk.common.Actor;
import org.crisisdesk.operators.RetentionService;
import org.crisisdesk.ui.common.Async;
import org.crisisdesk.ui.common.Labels;

/**
 * Settings › 个人信息保留: how many months closed cases keep their personal data, and erasing what is
 * older after a confirmation that says how many cases it touches. The erasure is audited. The months
 * are saved only once confirmed (or when nothing is due), because a restore applies them again.
 * Supervisors only: {@link SettingsTabs} leaves the tab out for others and the service refuses them.
 */
final class RetentionPane extends VBox {
    static final String MONTHS = RetentionService.MONTHS_SETTING;

    RetentionPane(Desk desk, Async async, Labels labels, Supplier<Actor> actor) {
        TextField months = new TextField();
        months.setId("retention-months");
        months.setPrefColumnCount(4);
        async.run(() -> desk.settings().setting(MONTHS).orElse("24"), months::setText);
        Label message = new Label();
        Button erase = new Button(labels.get("retention.erase"));
        erase.setId("retention-erase");
        erase.getStyleClass().add(Styles.DANGER);
        erase.setOnAction(e -> {
            String v = months.getText().strip();
            if (!v.matches("\\d{1,3}") || Integer.parseInt(v) < 1) {
                message.setText(labels.get("retention.invalid"));
                return;
            }
            int m = Integer.parseInt(v);
            async.run(() -> {
                List<Long> due = desk.retention().eligible(desk.retention().cutoff(m));
                if (due.isEmpty()) {
                    desk.settings().putSetting(MONTHS, v, actor.get());
                }
                return due;
            }, (List<Long> ids) -> {
                if (ids.isEmpty()) {
                    message.setText(labels.get("retention.none", m));
                    return;
                }
                Alert ask = new Alert(Alert.AlertType.CONFIRMATION, labels.get("retention.confirm", ids.size(), m),
                        ButtonType.YES, ButtonType.NO);
                ask.initOwner(getScene().getWindow());
                ask.setHeaderText(labels.get("retention.erase"));
                if (ask.showAndWait().filter(b -> b == ButtonType.YES).isPresent()) {
                    async.run(() -> {
                        List<Long> done = desk.retention().erase(desk.retention().cutoff(m), actor.get());
                        desk.settings().putSetting(MONTHS, v, actor.get());
                        return done;
                    },
                            done -> message.setText(labels.get("retention.done", done.size())), message::setText);
                }
            }, message::setText);
        });
        Label hint = new Label(labels.get("retention.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        Label title = new Label(labels.get("retention.title"));
        title.getStyleClass().add(Styles.TITLE_4);
        getChildren().addAll(title, hint, new HBox(8, new Label(labels.get("retention.months")), months, erase),
                message);
        setSpacing(8);
        setPadding(new Insets(14));
    }
}
