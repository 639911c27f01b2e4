package org.crisisdesk.ui.intake;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.Property;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.crisisdesk.cases.CaseSummary;
import org.crisisdesk.cases.Honorific;
import org.crisisdesk.cases.MediaKind;
import org.crisisdesk.cases.Medium;
import org.crisisdesk.cases.Reach;
import org.crisisdesk.cases.Severity;
import org.crisisdesk.settings.RefItem;
import org.crisisdesk.settings.Store;
import org.crisisdesk.ui.common.Labels;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/** The new-incident form: keyboard first (Tab through, Ctrl+S saves), required fields marked, errors inline. */
public final class IntakeView extends ScrollPane {
    private final IntakeViewModel vm;
    private final Labels labels;
    private final TextField titleField = new TextField();

    public IntakeView(IntakeViewModel vm, Labels labels, List<Store> stores, List<RefItem> channels,
                      List<RefItem> categories, List<RefItem> riskTypes, Consumer<Long> saved, Runnable cancel) {
        this.vm = vm;
        this.labels = labels;
        boolean zh = labels.messages().locale().getLanguage().equals("zh");

        Label heading = new Label(labels.get("intake.title"));
        heading.getStyleClass().add(Styles.TITLE_2);

        GridPane basics = grid();
        int r = 0;
        ComboBox<String> store = codeCombo(stores.stream().map(Store::code).toList(),
                stores.stream().map(Store::name).toList(), vm.storeCode);
        if (!stores.isEmpty() && vm.storeCode.get() == null) {
            vm.storeCode.set(stores.get(0).code());
        }
        row(basics, r++, "intake.store", true, store, "storeCode");
        titleField.textProperty().bindBidirectional(vm.title);
        titleField.setId("intake-title");
        titleField.setPromptText(labels.get("intake.title.prompt"));
        row(basics, r++, "intake.caseTitle", true, titleField, "title");
        row(basics, r++, "intake.channel", false, refCombo(channels, zh, vm.channel), "channel");
        row(basics, r++, "intake.discoveredAt", true, timeField(vm.discoveredAt, "intake-discovered"), "discoveredAt");
        TextField phone = text(vm.customerPhone, "intake-phone");
        phone.setPromptText("138 1234 5678");
        row(basics, r++, "intake.customerPhone", false, phone, "customerPhone");
        row(basics, r++, "", false, duplicatesBox(), "");
        TextField name = text(vm.customerName, "intake-name");
        ComboBox<Honorific> honorific = enumCombo(Honorific.values(), vm.honorific);
        row(basics, r++, "intake.customerName", false, new HBox(8, name, honorific), "customerName");
        row(basics, r++, "intake.category", false, refCombo(categories, zh, vm.category), "category");
        row(basics, r++, "intake.riskType", false, refCombo(riskTypes, zh, vm.riskType), "riskType");
        ComboBox<Severity> severity = enumCombo(Severity.values(), vm.severity);
        Label meaning = new Label();
        meaning.getStyleClass().add(Styles.TEXT_MUTED);
        meaning.textProperty().bind(Bindings.createStringBinding(() -> vm.severity.get() == null ? ""
                : labels.get("severity." + vm.severity.get().name() + ".meaning"), vm.severity));
        row(basics, r++, "intake.severity", true, new HBox(8, severity, meaning), "severity");
        row(basics, r++, "intake.responsible", false, text(vm.responsible, "intake-responsible"), "responsible");
        TextArea description = new TextArea();
        description.textProperty().bindBidirectional(vm.description);
        description.setWrapText(true);
        description.setPrefRowCount(4);
        description.setId("intake-description");
        row(basics, r, "intake.description", false, description, "description");

        VBox content = new VBox(14, heading, basics, mediaSection(), signsSection(), buttons(saved, cancel));
        content.setPadding(new Insets(20));
        content.setMaxWidth(860);
        setContent(content);
        setFitToWidth(true);
        getStyleClass().add("intake");
        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN).match(e)) {
                vm.save(saved);
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                cancel.run();
                e.consume();
            }
        });
    }

    public void focusFirst() {
        titleField.requestFocus();
    }

    private Node duplicatesBox() {
        VBox box = new VBox(4);
        box.setId("intake-duplicates");
        vm.duplicates.addListener((ListChangeListener<CaseSummary>) c -> rebuildDuplicates(box));
        vm.addTo.addListener((o, a, b) -> rebuildDuplicates(box));
        box.visibleProperty().bind(Bindings.isNotEmpty(vm.duplicates));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private void rebuildDuplicates(VBox box) {
        box.getChildren().clear();
        for (CaseSummary c : vm.duplicates) {
            boolean chosen = c.equals(vm.addTo.get());
            Label l = new Label(labels.get("intake.duplicate", c.caseNo(), c.title(), labels.get(c.status().labelKey())),
                    new FontIcon(Material2MZ.WARNING));
            l.getStyleClass().add(Styles.WARNING);
            Button add = new Button(labels.get(chosen ? "intake.duplicate.undo" : "intake.duplicate.add"));
            add.setId("add-to-" + c.caseNo());
            add.getStyleClass().add(chosen ? Styles.FLAT : Styles.ACCENT);
            add.setOnAction(e -> vm.addTo.set(chosen ? null : c));
            HBox line = new HBox(10, l, add);
            line.setAlignment(Pos.CENTER_LEFT);
            box.getChildren().add(line);
        }
        if (vm.addTo.get() != null) {
            Label hint = new Label(labels.get("intake.addingTo", vm.addTo.get().caseNo()));
            hint.getStyleClass().add(Styles.ACCENT);
            box.getChildren().add(hint);
        }
    }

    private Node mediaSection() {
        CheckBox involved = new CheckBox(labels.get("intake.media.involved"));
        involved.selectedProperty().bindBidirectional(vm.media);
        involved.setId("intake-media");
        GridPane g = grid();
        int r = 0;
        row(g, r++, "intake.media.outlet", true, text(vm.outlet, "intake-outlet"), "outlet");
        row(g, r++, "intake.media.kind", true, enumCombo(MediaKind.values(), vm.mediaKind), "mediaKind");
        row(g, r++, "intake.media.medium", true, enumCombo(Medium.values(), vm.medium), "medium");
        row(g, r++, "intake.media.reach", true, enumCombo(Reach.values(), vm.reach), "reach");
        row(g, r++, "intake.media.journalist", false, text(vm.journalistName, "intake-journalist"), "journalistName");
        row(g, r++, "intake.media.phone", false, text(vm.journalistPhone, "intake-journalist-phone"), "journalistPhone");
        row(g, r++, "intake.media.received", true, timeField(vm.receivedAt, "intake-received"), "receivedAt");
        row(g, r++, "intake.media.deadline", false, timeField(vm.journalistDeadline, "intake-deadline"),
                "journalistDeadline");
        row(g, r++, "intake.media.publication", false, timeField(vm.expectedPublication, "intake-publication"),
                "expectedPublication");
        Label route = new Label();
        route.setId("intake-route");
        route.textProperty().bind(vm.route());
        route.getStyleClass().addAll(Styles.TEXT_BOLD, Styles.ACCENT);
        route.setWrapText(true);
        row(g, r, "intake.media.routeLabel", false, route, "");
        g.visibleProperty().bind(vm.media);
        g.managedProperty().bind(vm.media);
        VBox box = new VBox(10, involved, g);
        TitledPane pane = new TitledPane(labels.get("intake.media"), box);
        pane.setCollapsible(false);
        return pane;
    }

    private Node signsSection() {
        VBox box = new VBox(6);
        List<Property<Boolean>> props = List.of(vm.signIdentity, vm.signNoEmotion, vm.signOddMovement, vm.signProfessional);
        List<String> keys = List.of("sign.identity", "sign.noEmotion", "sign.oddMovement", "sign.professional");
        for (int i = 0; i < keys.size(); i++) {
            CheckBox cb = new CheckBox(labels.get(keys.get(i)));
            cb.setId("intake-" + keys.get(i).replace('.', '-'));
            cb.selectedProperty().bindBidirectional(props.get(i));
            box.getChildren().add(cb);
        }
        VBox guidance = new VBox(4, bold(labels.get("undercover.guidance.title")),
                wrap(labels.get("undercover.guidance.reception")), wrap(labels.get("undercover.guidance.response")));
        guidance.getStyleClass().add("guidance");
        guidance.setId("undercover-guidance");
        guidance.visibleProperty().bind(vm.showGuidance);
        guidance.managedProperty().bind(vm.showGuidance);
        box.getChildren().add(guidance);
        TitledPane pane = new TitledPane(labels.get("intake.signs"), box);
        pane.setCollapsible(false);
        return pane;
    }

    private Node buttons(Consumer<Long> saved, Runnable cancel) {
        Button save = new Button(labels.get("intake.save"));
        save.setId("intake-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.setDefaultButton(false);
        save.disableProperty().bind(vm.busy);
        save.setOnAction(e -> vm.save(saved));
        Button cancelButton = new Button(labels.get("intake.cancel"));
        cancelButton.setOnAction(e -> cancel.run());
        Label message = new Label();
        message.textProperty().bind(vm.message());
        message.getStyleClass().add(Styles.DANGER);
        HBox row = new HBox(10, save, cancelButton, message);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(12);
        g.setVgap(6);
        ColumnConstraints label = new ColumnConstraints(130);
        ColumnConstraints field = new ColumnConstraints();
        field.setHgrow(Priority.ALWAYS);
        g.getColumnConstraints().addAll(label, field);
        return g;
    }

    private void row(GridPane g, int row, String key, boolean required, Node field, String errorKey) {
        Label l = new Label(key.isEmpty() ? "" : labels.get(key) + (required ? " *" : ""));
        if (required) {
            l.getStyleClass().add("required");
        }
        Label error = new Label();
        error.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.DANGER);
        error.setId("error-" + errorKey);
        if (!errorKey.isEmpty()) {
            vm.errors.addListener((javafx.collections.MapChangeListener<String, String>) c -> {
                String text = vm.errors.get(errorKey);
                error.setText(text == null ? "" : text);
                field.pseudoClassStateChanged(Styles.STATE_DANGER, text != null);
            });
        }
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        g.add(l, 0, row);
        g.add(new VBox(2, field, error), 1, row);
    }

    private TextField text(javafx.beans.property.StringProperty p, String id) {
        TextField t = new TextField();
        t.textProperty().bindBidirectional(p);
        t.setId(id);
        return t;
    }

    private TextField timeField(javafx.beans.property.StringProperty p, String id) {
        TextField t = text(p, id);
        t.setPromptText(labels.get("intake.timeFormat"));
        t.setMaxWidth(200);
        return t;
    }

    private <E extends Enum<E>> ComboBox<E> enumCombo(E[] values, Property<E> p) {
        ComboBox<E> box = new ComboBox<>();
        box.getItems().addAll(values);
        box.setConverter(labels.converter());
        box.valueProperty().bindBidirectional(p);
        return box;
    }

    private ComboBox<String> refCombo(List<RefItem> items, boolean zh, javafx.beans.property.StringProperty p) {
        List<RefItem> active = items.stream().filter(RefItem::active).toList();
        return codeCombo(active.stream().map(RefItem::code).toList(), active.stream().map(i -> i.label(zh)).toList(), p);
    }

    private ComboBox<String> codeCombo(List<String> codes, List<String> names, javafx.beans.property.StringProperty p) {
        ComboBox<String> box = new ComboBox<>();
        box.getItems().addAll(codes);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String code) {
                int i = code == null ? -1 : codes.indexOf(code);
                return i < 0 ? "" : names.get(i);
            }

            @Override
            public String fromString(String s) {
                return null;
            }
        });
        box.valueProperty().bindBidirectional(p);
        box.setMaxWidth(300);
        return box;
    }

    private static Label bold(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.TEXT_BOLD);
        return l;
    }

    private static Label wrap(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        return l;
    }
}
