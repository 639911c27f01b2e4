package org.crisisdesk.ui.scripts;

import java.time.ZoneId;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Window;
import org.crisisdesk.common.Messages;
import org.crisisdesk.drafting.TextDiff;
import org.crisisdesk.scripts.ScriptService;
import org.crisisdesk.scripts.ScriptVersion;
import org.crisisdesk.ui.common.Labels;

/** Every kept version with who and when; the chosen one compared with the current text, and restorable. */
final class ScriptVersionsDialog extends Dialog<Void> {
    ScriptVersionsDialog(Window owner, LibraryViewModel vm, List<ScriptVersion> versions, String current) {
        Messages m = vm.messages();
        Labels labels = new Labels(m, ZoneId.systemDefault());
        initOwner(owner);
        setTitle(m.get("scripts.versions.title"));
        ListView<ScriptVersion> list = new ListView<>();
        list.getItems().setAll(versions);
        list.setPrefWidth(320);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ScriptVersion v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : m.get("scripts.versions.row", v.number(), m.get(v.action().labelKey()),
                        v.savedBy(), labels.time(v.savedAt())));
            }
        });
        TextFlow diff = new TextFlow();
        diff.setPrefWidth(420);
        Button restore = new Button(m.get("scripts.versions.restore"));
        restore.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        list.getSelectionModel().selectedItemProperty().addListener((o, a, v) -> {
            diff.getChildren().clear();
            if (v != null) {
                for (TextDiff.Segment seg : ScriptService.compare(v.body(), current)) {
                    Text t = new Text(seg.text());
                    // green: only in the chosen version (restoring brings it back); struck through: only in the current text
                    if (seg.op() == TextDiff.Op.DELETE) {
                        t.setStyle("-fx-fill: -color-success-fg;");
                    } else if (seg.op() == TextDiff.Op.INSERT) {
                        t.setStyle("-fx-fill: -color-danger-fg; -fx-strikethrough: true;");
                    }
                    diff.getChildren().add(t);
                }
            }
        });
        restore.setOnAction(e -> {
            vm.restore(list.getSelectionModel().getSelectedItem());
            close();
        });
        ScrollPane scroll = new ScrollPane(diff);
        scroll.setFitToWidth(true);
        HBox.setHgrow(scroll, Priority.ALWAYS);
        getDialogPane().setContent(new VBox(8, new HBox(8, list, scroll), restore));
        getDialogPane().getButtonTypes().add(new ButtonType(m.get("scripts.versions.close"), ButtonType.CLOSE.getButtonData()));
        if (!versions.isEmpty()) {
            list.getSelectionModel().select(0);
        }
    }
}
