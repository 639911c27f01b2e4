package org.crisisdesk.ui.board;

import atlantafx.base.theme.Styles;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.crisisdesk.cases.CaseStatus;
import org.crisisdesk.cases.CaseSummary;
import org.crisisdesk.cases.Severity;
import org.crisisdesk.settings.Store;
import org.crisisdesk.ui.common.Debouncer;
import org.crisisdesk.ui.common.Labels;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The case board: a filter bar over kanban columns by status, or a sortable table of the same cases. */
public final class BoardView extends BorderPane {
    /** A pause in typing this long starts the database searches. */
    static final int SEARCH_PAUSE_MS = 250;
    private final BoardViewModel vm;
    private final Labels labels;
    private final Consumer<Long> open;
    private final Supplier<CardExtra> cardExtras;
    private final TextField search = new TextField();
    private Consumer<java.util.List<Long>> exportSelected = ids -> { };

    public BoardView(BoardViewModel vm, Labels labels, Consumer<Long> open, Runnable newCase,
                     Supplier<CardExtra> cardExtras, Node topStrip) {
        this.vm = vm;
        this.labels = labels;
        this.open = open;
        this.cardExtras = cardExtras;
        getStyleClass().add("board");

        Label banner = new Label();
        banner.textProperty().bind(vm.banner());
        banner.getStyleClass().addAll("banner", Styles.WARNING);
        banner.setGraphic(new FontIcon(Material2MZ.WARNING));
        banner.visibleProperty().bind(vm.banner().isNotEmpty());
        banner.managedProperty().bind(banner.visibleProperty());
        banner.setMaxWidth(Double.MAX_VALUE);

        Node kanban = kanban();
        TableView<CaseSummary> table = table();
        ToggleGroup mode = new ToggleGroup();
        ToggleButton boardMode = new ToggleButton(labels.get("board.mode.board"), new FontIcon(Material2MZ.VIEW_WEEK));
        ToggleButton tableMode = new ToggleButton(labels.get("board.mode.table"), new FontIcon(Material2MZ.VIEW_LIST));
        boardMode.setToggleGroup(mode);
        tableMode.setToggleGroup(mode);
        boardMode.setSelected(true);
        boardMode.getStyleClass().add(Styles.LEFT_PILL);
        tableMode.getStyleClass().add(Styles.RIGHT_PILL);
        tableMode.setId("table-mode");
        mode.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true);
            } else {
                setCenter(b == tableMode ? table : kanban);
            }
        });

        Button create = new Button(labels.get("board.new"), new FontIcon(Material2AL.ADD));
        create.getStyleClass().add(Styles.ACCENT);
        create.setOnAction(e -> newCase.run());
        create.setId("new-case");
        Button refresh = new Button(null, new FontIcon(Material2MZ.REFRESH));
        refresh.setOnAction(e -> vm.load());
        refresh.getStyleClass().add(Styles.BUTTON_ICON);

        Label message = new Label();
        message.textProperty().bind(vm.message());
        message.getStyleClass().add(Styles.TEXT_MUTED);

        VBox top = new VBox(8, filterBar(boardMode, tableMode, refresh, create), banner);
        if (topStrip != null) {
            top.getChildren().add(topStrip);
        }
        top.setPadding(new Insets(12, 12, 8, 12));
        setTop(top);
        setCenter(kanban);
        HBox status = new HBox(message);
        status.setPadding(new Insets(4, 12, 6, 12));
        setBottom(status);
    }

    private HBox filterBar(ToggleButton boardMode, ToggleButton tableMode, Button refresh, Button create) {
        search.setPromptText(labels.get("board.search"));
        search.setId("board-search");
        search.textProperty().bindBidirectional(vm.filterText());
        // closed cases and the whole phone/name lookup are read once typing pauses, not per keystroke
        vm.setSearchScheduler(new Debouncer(Duration.millis(SEARCH_PAUSE_MS)));
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                search.clear();
            }
        });
        HBox.setHgrow(search, Priority.ALWAYS);
        search.setMaxWidth(420);

        ComboBox<Store> store = new ComboBox<>();
        store.getItems().add(null);
        vm.stores().addListener((javafx.collections.ListChangeListener<Store>) c -> {
            // replacing the items keeps the selected index, not the value: restore the value
            Store keep = vm.filterStore().get();
            java.util.List<Store> items = new java.util.ArrayList<>();
            items.add(null);
            items.addAll(vm.stores());
            store.getItems().setAll(items);
            store.setValue(keep == null ? null : vm.stores().stream()
                    .filter(s -> s.code().equals(keep.code())).findFirst().orElse(null));
        });
        store.setConverter(new StringConverter<>() {
            @Override
            public String toString(Store s) {
                return s == null ? labels.get("board.allStores") : s.name();
            }

            @Override
            public Store fromString(String s) {
                return null;
            }
        });
        store.valueProperty().bindBidirectional(vm.filterStore());
        store.setPromptText(labels.get("board.allStores"));

        ComboBox<Severity> severity = nullableCombo(Severity.values(), "board.allSeverities");
        severity.valueProperty().bindBidirectional(vm.filterSeverity());
        ComboBox<CaseStatus> status = nullableCombo(CaseStatus.values(), "board.allStatuses");
        status.valueProperty().bindBidirectional(vm.filterStatus());

        ComboBox<Boolean> media = new ComboBox<>();
        media.getItems().addAll(null, Boolean.TRUE, Boolean.FALSE);
        media.setConverter(new StringConverter<>() {
            @Override
            public String toString(Boolean b) {
                return labels.get(b == null ? "board.media.any" : b ? "board.media.yes" : "board.media.no");
            }

            @Override
            public Boolean fromString(String s) {
                return null;
            }
        });
        media.valueProperty().bindBidirectional(vm.filterMedia());
        media.setPromptText(labels.get("board.media.any"));

        HBox modes = new HBox(boardMode, tableMode);
        HBox bar = new HBox(8, search, store, severity, media, status, modes, refresh, create);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private <E extends Enum<E>> ComboBox<E> nullableCombo(E[] values, String anyKey) {
        ComboBox<E> box = new ComboBox<>();
        box.getItems().add(null);
        box.getItems().addAll(values);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(E e) {
                return e == null ? labels.get(anyKey) : labels.of(e);
            }

            @Override
            public E fromString(String s) {
                return null;
            }
        });
        box.setPromptText(labels.get(anyKey));
        return box;
    }

    private Node kanban() {
        HBox columns = new HBox(10);
        columns.setPadding(new Insets(0, 12, 0, 12));
        for (CaseStatus s : CaseStatus.values()) {
            BoardColumn column;
            if (s == CaseStatus.CLOSED) {
                column = new BoardColumn(s, vm.closed(), vm, labels, open, cardExtras);
                Button more = new Button(labels.get("board.moreClosed"));
                more.visibleProperty().bind(vm.moreClosed());
                more.managedProperty().bind(more.visibleProperty());
                more.setOnAction(e -> vm.loadClosed(true));
                more.setMaxWidth(Double.MAX_VALUE);
                column.getChildren().add(more);
            } else {
                column = new BoardColumn(s, new FilteredList<>(vm.visible(), c -> c.status() == s), vm, labels, open,
                        cardExtras);
            }
            // seven columns fit a 1440-pixel front-desk screen without scrolling sideways
            column.setMinWidth(176);
            column.setPrefWidth(190);
            HBox.setHgrow(column, Priority.ALWAYS);
            columns.getChildren().add(column);
        }
        ScrollPane scroll = new ScrollPane(columns);
        scroll.setFitToHeight(true);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private TableView<CaseSummary> table() {
        TableView<CaseSummary> table = new TableView<>();
        table.setId("board-table");
        SortedList<CaseSummary> sorted = new SortedList<>(vm.visible());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getColumns().add(column("board.col.caseNo", CaseSummary::caseNo, 140));
        table.getColumns().add(column("board.col.title", CaseSummary::shownTitle, 260));
        table.getColumns().add(column("board.col.store", c -> vm.storeName(c.storeCode()), 120));
        TableColumn<CaseSummary, CaseStatus> status = new TableColumn<>(labels.get("board.col.status"));
        status.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().status()));
        status.setCellFactory(col -> labelledCell());
        TableColumn<CaseSummary, Severity> severity = new TableColumn<>(labels.get("board.col.severity"));
        severity.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().severity()));
        severity.setCellFactory(col -> labelledCell());
        table.getColumns().add(status);
        table.getColumns().add(severity);
        table.getColumns().add(column("board.col.media", c -> c.hasMedia() ? c.firstOutlet() : "", 140));
        TableColumn<CaseSummary, java.time.Instant> updated = new TableColumn<>(labels.get("board.col.updated"));
        updated.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().updatedAt()));
        updated.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(java.time.Instant t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty ? null : labels.time(t));
            }
        });
        updated.setPrefWidth(150);
        table.getColumns().add(updated);
        table.setRowFactory(t -> {
            TableRow<CaseSummary> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    open.accept(row.getItem().id());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            CaseSummary c = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && c != null) {
                open.accept(c.id());
            }
        });
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // several cases at once: select rows, then export them (one PDF each or one combined)
        table.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        javafx.scene.control.MenuItem export = new javafx.scene.control.MenuItem(labels.get("board.exportSelected"));
        export.setOnAction(e -> exportSelected.accept(table.getSelectionModel().getSelectedItems().stream()
                .map(CaseSummary::id).toList()));
        table.setContextMenu(new javafx.scene.control.ContextMenu(export));
        return table;
    }

    private TableColumn<CaseSummary, String> column(String key, Function<CaseSummary, String> value, double width) {
        TableColumn<CaseSummary, String> col = new TableColumn<>(labels.get(key));
        col.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        col.setPrefWidth(width);
        return col;
    }

    private <E extends Enum<E>> javafx.scene.control.TableCell<CaseSummary, E> labelledCell() {
        return new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(E e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty ? null : labels.of(e));
            }
        };
    }

    /** What exporting the table's selected cases does. */
    public void setOnExportSelected(Consumer<java.util.List<Long>> action) {
        this.exportSelected = action;
    }

    public void focusSearch() {
        search.requestFocus();
    }
}
