package org.crisisdesk.ui.reports;

import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.crisisdesk.common.Messages;
import org.crisisdesk.common.UserException;
import org.crisisdesk.ui.common.FileOpener;

/**
 * The lower half of both export dialogs: progress bar, status line and start / cancel / open folder
 * / close. Start asks the dialog for an {@link Export} (empty: nothing to do, e.g. the chooser was
 * cancelled) and runs its task in the background; cancel is cooperative, and the window cannot be
 * closed while a file is being written, so a file is whole or absent.
 */
final class ExportProgress extends VBox {
    /** A task that writes the files, and the folder to open once it has (from the files written). */
    record Export(ExportTask task, Function<List<Path>, Path> folder) {
    }

    private final Messages messages;
    private final ProgressBar bar = new ProgressBar(0);
    private final Label status = new Label();
    private final Button start;
    private final Button cancel;
    private final Button openFolder;
    private final Button close;
    private ExportTask running;
    private Path folder;

    ExportProgress(Messages messages, Executor background, FileOpener opener, Supplier<Optional<Export>> prepare) {
        super(12);
        this.messages = messages;
        bar.setMaxWidth(Double.MAX_VALUE);
        status.setWrapText(true);
        start = new Button(messages.get("report.ui.start"));
        start.getStyleClass().add(Styles.ACCENT);
        start.setDefaultButton(true);
        cancel = new Button(messages.get("report.ui.cancel"));
        cancel.setDisable(true);
        openFolder = new Button(messages.get("report.ui.openFolder"));
        openFolder.setDisable(true);
        close = new Button(messages.get("report.ui.close"));
        close.setCancelButton(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, openFolder, spacer, start, cancel, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        getChildren().addAll(bar, status, buttons);

        start.setOnAction(e -> prepare.get().ifPresent(export -> run(export, background)));
        cancel.setOnAction(e -> {
            if (running != null) {
                running.requestCancel(); // cooperative: never Task.cancel(), which interrupts
                cancel.setDisable(true);
                status.textProperty().unbind();
                status.setText(messages.get("report.ui.cancelling"));
            }
        });
        openFolder.setOnAction(e -> {
            if (folder != null) {
                opener.open(folder);
            }
        });
    }

    /** Close closes the stage, which refuses to close while an export runs. */
    void closes(Stage stage) {
        close.setOnAction(e -> stage.close());
        stage.setOnCloseRequest(e -> {
            if (running != null && running.isRunning()) {
                e.consume(); // finish or cancel first: the file must be whole or absent
            }
        });
    }

    private void run(Export export, Executor background) {
        ExportTask task = export.task();
        running = task;
        bar.progressProperty().bind(task.progressProperty());
        status.textProperty().bind(task.messageProperty());
        status.getStyleClass().remove(Styles.DANGER);
        start.setDisable(true);
        cancel.setDisable(false);
        close.setDisable(true);
        openFolder.setDisable(true);
        task.setOnSucceeded(ev -> {
            finish();
            status.setText(messages.get("report.export.done", task.getValue().size()));
            folder = export.folder().apply(task.getValue());
            openFolder.setDisable(false);
        });
        task.setOnFailed(ev -> {
            finish();
            bar.setProgress(0);
            Throwable t = task.getException();
            if (t instanceof CancellationException) {
                status.setText(messages.get("report.export.cancelled"));
            } else {
                status.setText(messages.get("report.ui.failed", describe(t)));
                status.getStyleClass().add(Styles.DANGER);
            }
        });
        background.execute(task);
    }

    private void finish() {
        bar.progressProperty().unbind();
        status.textProperty().unbind();
        bar.setProgress(1);
        start.setDisable(false);
        cancel.setDisable(true);
        close.setDisable(false);
    }

    private String describe(Throwable t) {
        for (Throwable x = t; x != null; x = x.getCause()) {
            if (x instanceof UserException ue) {
                return ue.localized(messages);
            }
        }
        return messages.get("error.unexpected", t == null ? "?" : t.getClass().getSimpleName());
    }

    /** The folder holding the first file written. */
    static Path folderOfFirst(List<Path> written) {
        return written.get(0).toAbsolutePath().getParent();
    }
}
