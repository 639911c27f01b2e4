package org.crisisdesk.ui.reports;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

import org.crisisdesk.common.Actor;
import org.crisisdesk.common.Messages;
import org.crisisdesk.reports.ReportExports;
import org.crisisdesk.settings.Store;
import org.crisisdesk.ui.common.FileOpener;

/**
 * Journey 5: the period summary (dates, one store or all) exported in the background with a
 * progress bar, cooperative cancel and "open folder". Choosers and the opener are injected.
 */
public final class SummaryExportDialog {
    private final ReportExports exports;
    private final Supplier<Actor> actor;
    private final Executor background;
    private final FileOpener opener;
    private final Function<Window, Optional<Path>> chooseFile;
    private final Messages messages;
    private final Clock clock;

    public SummaryExportDialog(ReportExports exports, Supplier<Actor> actor, Executor background, FileOpener opener,
                               Function<Window, Optional<Path>> chooseFile, Messages messages, Clock clock) {
        this.exports = Objects.requireNonNull(exports);
        this.actor = Objects.requireNonNull(actor);
        this.background = Objects.requireNonNull(background);
        this.opener = Objects.requireNonNull(opener);
        this.chooseFile = Objects.requireNonNull(chooseFile);
        this.messages = Objects.requireNonNull(messages);
        this.clock = Objects.requireNonNull(clock);
    }

    /** @param stores the stores to offer (Settings); "all stores" comes first */
    public Stage show(Window owner, List<Store> stores) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(messages.get("report.summary.title"));

        // parts: last month by default, the usual end-of-month request
        LocalDate today = LocalDate.now(clock);
        DatePicker from = new DatePicker(today.minusMonths(1).withDayOfMonth(1));
        DatePicker to = new DatePicker(today.withDayOfMonth(1).minusDays(1));
        ComboBox<Store> store = new ComboBox<>();
        store.getItems().add(null);
        store.getItems().addAll(stores);
        store.getSelectionModel().selectFirst();
        store.setConverter(new StringConverter<>() {
            @Override
            public String toString(Store s) {
                return s == null ? messages.get("report.summary.allStores") : s.name();
            }

            @Override
            public Store fromString(String text) {
                return null;
            }
        });
        store.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Store s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? null : store.getConverter().toString(s));
            }
        });
        ExportProgress progress = new ExportProgress(messages, background, opener, () -> {
            Optional<Path> target = chooseFile.apply(stage);
            if (target.isEmpty() || from.getValue() == null || to.getValue() == null) {
                return Optional.empty();
            }
            Store s = store.getValue();
            LocalDate f = from.getValue();
            LocalDate t = to.getValue();
            Actor who = actor.get();
            ExportTask task = new ExportTask((p, c) -> List.of(exports.exportSummary(f, t, s == null ? null : s.code(),
                    target.get(), who, p, c)));
            return Optional.of(new ExportProgress.Export(task, ExportProgress::folderOfFirst));
        });
        progress.closes(stage);

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, new Label(messages.get("report.summary.period")), new HBox(8, from, new Label("—"), to));
        form.addRow(1, new Label(messages.get("report.summary.store")), store);
        VBox root = new VBox(12, form, progress);
        root.setPadding(new Insets(16));
        stage.setScene(new Scene(root));
        stage.show();
        return stage;
    }
}
