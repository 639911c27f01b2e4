package org.crisisdesk.ui.backup;

import java.nio.file.Path;
import java.util.function.UnaryOperator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.crisisdesk.common.UserException;
import org.crisisdesk.store.BackupFiles;
import org.crisisdesk.store.BackupService;
import org.crisisdesk.store.DiskFailures;
import org.crisisdesk.store.RestoreService;
import org.crisisdesk.ui.common.Async;

/**
 * The backup pane's state: the list of backups, "Back up now" with progress, and restore in two
 * steps (check the chosen backup, then confirm). The restore itself is the desk's job, because it
 * must close and reopen the database: {@code restorer} takes the backup and returns the file the
 * old database was kept in (see {@link RestoreService} for the sequence).
 */
public final class BackupViewModel {
    private Runnable guard = () -> { };
    private java.util.function.Consumer<Path> afterBackup = p -> { };
    private final BackupService backups;
    private final RestoreService restore;
    private final Async async;
    private final UnaryOperator<Path> restorer;
    private final ObservableList<BackupFiles.Backup> list = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final ObjectProperty<RestoreService.Checked> pendingRestore = new SimpleObjectProperty<>();

    public BackupViewModel(BackupService backups, RestoreService restore, Async async, UnaryOperator<Path> restorer) {
        this.backups = backups;
        this.restore = restore;
        this.async = async;
        this.restorer = restorer;
    }

    /**
     * Who may back up, and what happens after: the desk checks the operator's role first (a backup
     * holds unmasked personal data) and records the backup on the audit chain after. Both run on the
     * storage thread; a refusal is shown like any other error.
     */
    public void setAuditing(Runnable guard, java.util.function.Consumer<Path> afterBackup) {
        this.guard = guard;
        this.afterBackup = afterBackup;
    }

    public boolean supported() {
        return backups.supported();
    }

    public String folderText() {
        return supported() ? async.messages().get("ui.backup.folder",
                backups.list().isEmpty() ? "" : backups.list().get(0).file().getParent(), backups.keep())
                : async.messages().get("ui.backup.unsupported");
    }

    public void refresh() {
        async.run(backups::list, list::setAll);
    }

    public void backupNow() {
        if (busy.get() || !supported()) {
            return;
        }
        busy.set(true);
        progress.set(0);
        status.set(async.messages().get("ui.backup.running"));
        async.run(() -> {
            try {
                guard.run();
                Path written = backups.backupNow(f -> async.fx().execute(() -> progress.set(f)));
                afterBackup.accept(written);
                return written;
            } catch (RuntimeException e) {
                if (DiskFailures.isDiskFailure(e)) {
                    // the backup is written to a .part file first, so no partial backup is left behind
                    throw new UserException("ui.backup.diskFull");
                }
                throw e;
            }
        }, written -> {
            busy.set(false);
            status.set(async.messages().get("ui.backup.done", written.getFileName()));
            refresh();
        }, error -> {
            busy.set(false);
            status.set(error);
        });
    }

    /** Step one: checks the chosen backup without touching the database. */
    public void check(Path backup) {
        busy.set(true);
        pendingRestore.set(null);
        async.run(() -> restore.validate(backup), checked -> {
            busy.set(false);
            pendingRestore.set(checked);
            status.set(async.messages().get("ui.backup.validated", checked.backup().getFileName(),
                    checked.schemaVersion(), checked.cases()));
        }, error -> {
            busy.set(false);
            status.set(error);
        });
    }

    /** Step two, after the user confirmed: the desk closes, swaps and reopens. */
    public void confirmRestore() {
        RestoreService.Checked checked = pendingRestore.get();
        if (checked == null || busy.get()) {
            return;
        }
        busy.set(true);
        async.run(() -> restorer.apply(checked.backup()), aside -> {
            busy.set(false);
            pendingRestore.set(null);
            status.set(async.messages().get("ui.backup.restored", aside == null ? "-" : aside.getFileName()));
            refresh();
        }, error -> {
            busy.set(false);
            status.set(error);
        });
    }

    public ObservableList<BackupFiles.Backup> backupList() {
        return FXCollections.unmodifiableObservableList(list);
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyObjectProperty<RestoreService.Checked> pendingRestoreProperty() {
        return pendingRestore;
    }
}
