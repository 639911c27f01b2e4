package org.crisisdesk.ui.reports;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.crisisdesk.common.Actor;
import org.crisisdesk.common.Messages;
import org.crisisdesk.operators.Permissions;
import org.crisisdesk.reports.ReportExports;
import org.crisisdesk.ui.common.FileOpener;

/**
 * Exports case reports from the case view (one case) or the board (the selected cases, one file
 * each or one combined file): choose where, then a background {@link ExportTask} with a progress
 * bar and a cancel button, and "open folder" at the end. Choosers and the file opener are injected,
 * so tests replace them (the system choosers do not work under Monocle).
 */
public final class ExportDialog {
    private final ReportExports exports;
    private final Supplier<Actor> actor;
    private final Executor background;
    private final FileOpener opener;
    private final Function<Window, Optional<Path>> chooseFile;
    private final Function<Window, Optional<Path>> chooseFolder;
    private final Messages messages;

    /**
     * @param background  runs the export (never the FX thread in the app; a task executor that does not interrupt)
     * @param chooseFile  where a single or combined PDF goes ({@link #systemFileChooser(Messages)} in the app)
     * @param chooseFolder where one-file-each PDFs go ({@link #systemFolderChooser(Messages)} in the app)
     */
    public ExportDialog(ReportExports exports, Supplier<Actor> actor, Executor background, FileOpener opener,
                        Function<Window, Optional<Path>> chooseFile, Function<Window, Optional<Path>> chooseFolder,
                        Messages messages) {
        this.exports = Objects.requireNonNull(exports);
        this.actor = Objects.requireNonNull(actor);
        this.background = Objects.requireNonNull(background);
        this.opener = Objects.requireNonNull(opener);
        this.chooseFile = Objects.requireNonNull(chooseFile);
        this.chooseFolder = Objects.requireNonNull(chooseFolder);
        this.messages = Objects.requireNonNull(messages);
    }

    /** From the case view: the open case. */
    public Stage showForCase(Window owner, long incidentId, String caseNo) {
        return show(owner, List.of(incidentId), messages.get("report.ui.header.one", caseNo));
    }

    /** From the board: the selected cases. */
    public Stage showForCases(Window owner, List<Long> incidentIds) {
        if (incidentIds.size() == 1) {
            return show(owner, incidentIds, messages.get("report.ui.header.many", 1));
        }
        return show(owner, List.copyOf(incidentIds), messages.get("report.ui.header.many", incidentIds.size()));
    }

    private Stage show(Window owner, List<Long> ids, String headerText) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(messages.get("report.ui.title"));

        // parts
        Label header = new Label(headerText);
        header.getStyleClass().add(Styles.TITLE_4);
        ToggleGroup layout = new ToggleGroup();
        RadioButton each = new RadioButton(messages.get("report.ui.oneFileEach"));
        RadioButton combined = new RadioButton(messages.get("report.ui.combined"));
        each.setToggleGroup(layout);
        combined.setToggleGroup(layout);
        each.setSelected(true);
        HBox layoutRow = new HBox(16, each, combined);
        layoutRow.setVisible(ids.size() > 1);
        layoutRow.setManaged(ids.size() > 1);
        CheckBox unmask = new CheckBox(messages.get("report.ui.unmask"));
        unmask.setDisable(!Permissions.allows(actor.get(), Permissions.Action.REVEAL_PERSONAL_DATA));
        ExportProgress progress = new ExportProgress(messages, background, opener, () -> {
            boolean oneFileEach = ids.size() > 1 && each.isSelected();
            Optional<Path> target = (oneFileEach ? chooseFolder : chooseFile).apply(stage);
            if (target.isEmpty()) {
                return Optional.empty();
            }
            ReportExports.Layout mode = oneFileEach ? ReportExports.Layout.ONE_FILE_EACH : ReportExports.Layout.COMBINED;
            Actor who = actor.get();
            boolean full = unmask.isSelected();
            ExportTask task = new ExportTask((p, c) -> exports.exportCases(ids, target.get(), mode, who, full, p, c));
            return Optional.of(new ExportProgress.Export(task,
                    written -> oneFileEach ? target.get() : ExportProgress.folderOfFirst(written)));
        });
        progress.closes(stage);

        VBox root = new VBox(12, header, layoutRow, unmask, progress);
        root.setPadding(new Insets(16));
        root.setPrefWidth(480);
        stage.setScene(new Scene(root));
        stage.show();
        return stage;
    }

    /** The system's save dialog for one PDF. */
    public static Function<Window, Optional<Path>> systemFileChooser(Messages messages) {
        return owner -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(messages.get("report.ui.chooseFile"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
            File f = chooser.showSaveDialog(owner);
            return Optional.ofNullable(f).map(File::toPath);
        };
    }

    /** The system's folder dialog for one file per case. */
    public static Function<Window, Optional<Path>> systemFolderChooser(Messages messages) {
        return owner -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(messages.get("report.ui.chooseFile"));
            return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
        };
    }
}
