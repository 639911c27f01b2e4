package org.crisisdesk.ui.backup;

import atlantafx.base.theme.Styles;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.crisisdesk.common.Messages;
import org.crisisdesk.store.BackupFiles;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Settings › Backups: "Back up now" with progress, the list of backups, and restoring the
 * selected one (checked first, then confirmed with a second press).
 */
public final class BackupPane extends VBox {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final BackupViewModel model;
    private final Messages messages;
    private final Button backupNow = new Button();
    private final Button restore = new Button();
    private final Button confirm = new Button();
    private final ProgressBar progress = new ProgressBar();
    private final Label folder = new Label();
    private final Label status = new Label();
    private final TableView<BackupFiles.Backup> table = new TableView<>();

    public BackupPane(BackupViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        createParts();
        layoutParts();
        bind();
        model.refresh();
    }

    private void createParts() {
        backupNow.setText(messages.get("ui.backup.now"));
        backupNow.setGraphic(new FontIcon(Material2AL.BACKUP));
        backupNow.getStyleClass().add(Styles.ACCENT);
        restore.setText(messages.get("ui.backup.restore"));
        restore.setGraphic(new FontIcon(Material2MZ.RESTORE));
        confirm.setText(messages.get("ui.backup.restore"));
        confirm.getStyleClass().add(Styles.DANGER);
        folder.setText(model.folderText());
        folder.setWrapText(true);
        status.setWrapText(true);
        TableColumn<BackupFiles.Backup, String> taken = new TableColumn<>(messages.get("ui.backup.column.taken"));
        taken.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                TIME.format(c.getValue().takenAt().atZone(ZoneId.systemDefault()))));
        TableColumn<BackupFiles.Backup, String> reason = new TableColumn<>(messages.get("ui.backup.column.reason"));
        reason.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                messages.get("backup.reason." + c.getValue().reason().tag())));
        TableColumn<BackupFiles.Backup, String> size = new TableColumn<>(messages.get("ui.backup.column.size"));
        size.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                String.format("%.1f MB", c.getValue().sizeBytes() / 1_048_576.0)));
        table.getColumns().add(taken);
        table.getColumns().add(reason);
        table.getColumns().add(size);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    private void layoutParts() {
        HBox actions = new HBox(8, backupNow, progress, restore, confirm);
        HBox.setHgrow(progress, Priority.NEVER);
        setSpacing(10);
        setPadding(new Insets(12));
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(folder, actions, status, table);
    }

    private void bind() {
        table.setItems(model.backupList());
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.busyProperty());
        status.textProperty().bind(model.statusProperty());
        backupNow.disableProperty().bind(model.busyProperty().or(Bindings.createBooleanBinding(() -> !model.supported())));
        restore.disableProperty().bind(model.busyProperty().or(table.getSelectionModel().selectedItemProperty().isNull()));
        confirm.visibleProperty().bind(model.pendingRestoreProperty().isNotNull());
        confirm.managedProperty().bind(confirm.visibleProperty());
        confirm.disableProperty().bind(model.busyProperty());
        backupNow.setOnAction(e -> model.backupNow());
        restore.setOnAction(e -> model.check(table.getSelectionModel().getSelectedItem().file()));
        confirm.setOnAction(e -> model.confirmRestore());
    }
}
