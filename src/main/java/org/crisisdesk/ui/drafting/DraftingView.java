package org.crisisdesk.ui.drafting;

import atlantafx.base.theme.Styles;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.crisisdesk.common.Messages;
import org.crisisdesk.drafting.Draft;
import org.crisisdesk.drafting.DraftKind;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The drafting workspace of one case: the draft list on the left, the open drafts as tabs.
 * {@code checkExecutor} runs phrase checks for the editors ({@code Runnable::run} checks inline).
 */
public final class DraftingView extends BorderPane {
    static final String STYLESHEET = Objects.requireNonNull(DraftingView.class.getResource("drafting.css")).toExternalForm();
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    private final DraftingViewModel vm;
    private final Executor checkExecutor;
    private final Messages m;
    private final TableView<Draft> table = new TableView<>();
    private final TabPane tabs = new TabPane();
    private final Map<DraftSession, Tab> tabOf = new HashMap<>();

    public DraftingView(DraftingViewModel vm, Executor checkExecutor) {
        this.vm = vm;
        this.checkExecutor = checkExecutor;
        this.m = vm.messages();
        getStylesheets().add(STYLESHEET);
        getStyleClass().add("drafting-view");

        // parts
        MenuButton create = new MenuButton(m.get("drafting.new"), new FontIcon(Material2AL.ADD));
        create.setId("draft-new");
        create.getStyleClass().add(Styles.ACCENT);
        for (DraftKind kind : DraftKind.values()) {
            MenuItem item = new MenuItem(m.get(kind.labelKey()));
            item.setId("draft-new-" + kind.name());
            item.setOnAction(e -> newDraft(kind));
            create.getItems().add(item);
        }
        table.setId("draft-list");
        table.getColumns().add(column("drafting.column.kind", d -> m.get(d.kind().labelKey())));
        table.getColumns().add(column("drafting.column.title", Draft::title));
        table.getColumns().add(column("drafting.column.state", d -> m.get("drafting.state." + d.state().name())));
        table.getColumns().add(column("drafting.column.updated",
                d -> TIME.format(d.updatedAt().atZone(ZoneId.systemDefault()))));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(m.get("drafting.list.empty")));
        table.setItems(vm.getDrafts());
        Label heading = new Label(m.get("drafting.list.title"));
        heading.getStyleClass().add(Styles.TITLE_4);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox left = new VBox(8, heading, create, table);
        left.setPadding(new Insets(8));
        left.setPrefWidth(340);
        tabs.setId("draft-tabs");
        Label status = new Label();
        status.setId("draft-status");
        status.setPadding(new Insets(4, 8, 4, 8));

        // layout
        setLeft(left);
        setCenter(tabs);
        setBottom(status);

        // bindings and handlers
        status.textProperty().bind(vm.statusProperty());
        vm.statusIsErrorProperty().addListener((o, was, err) -> {
            status.getStyleClass().removeAll(Styles.DANGER);
            if (err) {
                status.getStyleClass().add(Styles.DANGER);
            }
        });
        table.setRowFactory(t -> {
            TableRow<Draft> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    vm.open(row.getItem().id());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            Draft d = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && d != null) {
                vm.open(d.id());
            }
        });
        vm.getOpen().addListener((ListChangeListener<DraftSession>) c -> syncTabs());
        vm.selectedProperty().addListener((o, was, s) -> {
            Tab t = s == null ? null : tabOf.get(s);
            if (t != null) {
                tabs.getSelectionModel().select(t);
            }
        });
        tabs.getSelectionModel().selectedItemProperty().addListener((o, was, t) -> {
            if (t != null && t.getContent() instanceof DraftEditorPane p) {
                vm.selectedProperty().set(p.session());
            }
        });
        syncTabs();
        vm.refresh();
    }

    public DraftingViewModel viewModel() {
        return vm;
    }

    private void newDraft(DraftKind kind) {
        Long contact = null;
        String title = null;
        if (kind.toOutlet() && !vm.getOutlets().isEmpty()) {
            List<DraftingViewModel.Outlet> outlets = vm.getOutlets();
            DraftingViewModel.Outlet o = outlets.get(0);
            if (outlets.size() > 1) { // one outlet needs no question
                ChoiceDialog<DraftingViewModel.Outlet> pick = new ChoiceDialog<>(outlets.get(0), outlets);
                pick.initOwner(getScene().getWindow());
                pick.setHeaderText(m.get("drafting.pickOutlet"));
                o = pick.showAndWait().orElse(null);
            }
            if (o == null) {
                return;
            }
            contact = o.mediaContactId();
            title = m.get(kind.labelKey()) + " · " + o.label();
        }
        vm.newDraft(kind, title, contact);
    }

    private void syncTabs() {
        for (DraftSession s : vm.getOpen()) {
            tabOf.computeIfAbsent(s, this::tabFor);
        }
        tabOf.entrySet().removeIf(e -> {
            if (!vm.getOpen().contains(e.getKey())) {
                tabs.getTabs().remove(e.getValue());
                return true;
            }
            return false;
        });
    }

    private Tab tabFor(DraftSession s) {
        DraftEditorPane pane = new DraftEditorPane(vm, s, checkExecutor);
        Tab tab = new Tab();
        tab.textProperty().bind(s.draftProperty().map(d -> m.get(d.kind().labelKey()) + " · " + d.title()
                + (d.isFinal() ? " ✓" : "")));
        tab.setContent(pane);
        tab.setOnClosed(e -> vm.close(s));
        tabs.getTabs().add(tab);
        tabs.getSelectionModel().select(tab);
        return tab;
    }

    private TableColumn<Draft, String> column(String key, java.util.function.Function<Draft, String> value) {
        TableColumn<Draft, String> c = new TableColumn<>(m.get(key));
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
        return c;
    }
}
