package org.crisisdesk.ui.casefile;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.crisisdesk.cases.MediaKind;
import org.crisisdesk.cases.Medium;
import org.crisisdesk.cases.NewMediaContact;
import org.crisisdesk.cases.Reach;
import org.crisisdesk.ui.common.Labels;

/** Asks for a media contact on an existing case; the service validates what comes back. */
public final class MediaContactDialog {
    private final Labels labels;
    private final Clock clock;

    public MediaContactDialog(Labels labels, Clock clock) {
        this.labels = labels;
        this.clock = clock;
    }

    public Optional<NewMediaContact> show(Window owner) {
        Dialog<NewMediaContact> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(labels.get("case.media.add"));
        TextField outlet = new TextField();
        ComboBox<MediaKind> kind = combo(MediaKind.values());
        ComboBox<Medium> medium = combo(Medium.values());
        ComboBox<Reach> reach = combo(Reach.values());
        TextField journalist = new TextField();
        TextField phone = new TextField();
        TextField received = new TextField(labels.time(clock.instant()));
        TextField deadline = new TextField();
        deadline.setPromptText(labels.get("intake.timeFormat"));
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(6);
        g.addRow(0, new Label(labels.get("intake.media.outlet") + " *"), outlet);
        g.addRow(1, new Label(labels.get("intake.media.kind") + " *"), kind);
        g.addRow(2, new Label(labels.get("intake.media.medium") + " *"), medium);
        g.addRow(3, new Label(labels.get("intake.media.reach") + " *"), reach);
        g.addRow(4, new Label(labels.get("intake.media.journalist")), journalist);
        g.addRow(5, new Label(labels.get("intake.media.phone")), phone);
        g.addRow(6, new Label(labels.get("intake.media.received") + " *"), received);
        g.addRow(7, new Label(labels.get("intake.media.deadline")), deadline);
        d.getDialogPane().setContent(g);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.setResultConverter(b -> b == ButtonType.OK
                ? new NewMediaContact(outlet.getText(), kind.getValue(), medium.getValue(), reach.getValue(),
                journalist.getText(), phone.getText(), null, parse(deadline.getText()), null,
                Optional.ofNullable(parse(received.getText())).orElse(clock.instant()))
                : null);
        return d.showAndWait();
    }

    private Instant parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip(), Labels.DATE_TIME).atZone(labels.zone()).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private <E extends Enum<E>> ComboBox<E> combo(E[] values) {
        ComboBox<E> box = new ComboBox<>();
        box.getItems().addAll(values);
        box.setConverter(labels.converter());
        return box;
    }
}
