package org.crisisdesk.ui.scripts;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.crisisdesk.checker.PhraseChecker;
import org.crisisdesk.common.Actor;
import org.crisisdesk.common.Messages;
import org.crisisdesk.drafting.PlaceholderMatch;
import org.crisisdesk.drafting.PlaceholderValues;
import org.crisisdesk.drafting.Placeholders;
import org.crisisdesk.scripts.PackService;
import org.crisisdesk.scripts.Scenario;
import org.crisisdesk.scripts.Script;
import org.crisisdesk.scripts.ScriptService;
import org.crisisdesk.scripts.ScriptState;
import org.crisisdesk.ui.common.Async;
import org.crisisdesk.ui.common.editor.HighlightingEditor;
import org.crisisdesk.ui.common.editor.TextMarker;

/**
 * The script library (话术库): search (Ctrl+F, arrows, Enter inserts), scripts grouped by scenario,
 * a preview filled from a chosen case, the shared highlighting editor for writing scripts, the
 * lifecycle buttons and the pack import preview.
 */
public final class LibraryView extends BorderPane {
    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    private static final TextMarker PLACEHOLDERS = text -> Placeholders.findAll(text).stream()
            .map((PlaceholderMatch p) -> new TextMarker.Mark(p.start(), p.end(), p.known() ? "placeholder" : "placeholder-unknown"))
            .toList();

    private final LibraryViewModel vm;
    private final Messages m;
    private final Supplier<? extends PhraseChecker> checker;

    private final TextField search = new TextField();
    private final ComboBox<Scenario> scenarioFilter = new ComboBox<>();
    private final ComboBox<ScriptState> stateFilter = new ComboBox<>();
    private final CheckBox favourites;
    private final ListView<Script> list = new ListView<>();
    private final ComboBox<CaseChoice> caseBox = new ComboBox<>();
    private final TextArea preview = new TextArea();
    private final Label previewNote = new Label();
    private final TextField title = new TextField();
    private final ComboBox<Scenario> scenario = new ComboBox<>();
    private final TextField tags = new TextField();
    private final HighlightingEditor editor;
    private final Label status = new Label();
    private final ImportPlanPane planPane;

    /**
     * @param checker the checker of the rules in use (e.g. {@code ruleService::checker}); asked again whenever a script opens
     * @param executor storage and checking work; tests pass {@code Runnable::run}
     * @param caseValues placeholder values of a case (by incident id), called off the FX thread
     * @param caseChooser the cases the preview may be filled from, called off the FX thread
     * @param onInsert what Enter does with an approved script; null copies the filled text to the clipboard
     */
    public LibraryView(ScriptService scripts, PackService packs, Supplier<? extends PhraseChecker> checker,
                       Executor executor, Supplier<Actor> actor, Function<Long, PlaceholderValues> caseValues,
                       Supplier<List<CaseChoice>> caseChooser, Consumer<Script> onInsert, Messages messages) {
        this.m = messages;
        this.checker = checker;
        Executor fx = r -> {
            if (Platform.isFxApplicationThread()) {
                r.run();
            } else {
                Platform.runLater(r);
            }
        };
        Consumer<Script> insert = onInsert != null ? onInsert : this::copy;
        this.vm = new LibraryViewModel(scripts, packs, actor, caseValues, caseChooser, insert,
                new Async(executor, fx, messages, status::setText));
        this.editor = new HighlightingEditor(checker.get(), executor, messages);
        this.favourites = new CheckBox(m.get("scripts.view.favourites"));
        this.planPane = new ImportPlanPane(vm);
        getStyleClass().add("library-view");
        setTop(toolbar());
        SplitPane split = new SplitPane(list, new VBox(10, previewPane(), editorPane()));
        split.setDividerPositions(0.38);
        setCenter(split);
        VBox bottom = new VBox(4, planPane, status);
        bottom.setPadding(new Insets(4, 8, 6, 8));
        setBottom(bottom);
        bind();
        vm.load();
    }

    private HBox toolbar() {
        search.setId("script-search");
        search.setPromptText(m.get("scripts.view.search"));
        HBox.setHgrow(search, Priority.ALWAYS);
        scenarioFilter.getItems().add(null);
        scenarioFilter.getItems().addAll(Scenario.values());
        scenarioFilter.setConverter(label(s -> s == null ? m.get("scripts.view.allScenarios") : m.get(s.labelKey())));
        stateFilter.getItems().add(null);
        stateFilter.getItems().addAll(ScriptState.values());
        stateFilter.setConverter(label(s -> s == null ? m.get("scripts.view.allStates") : m.get(s.labelKey())));
        Button newScript = new Button(m.get("scripts.view.new"));
        newScript.setOnAction(e -> {
            vm.select(null);
            list.getSelectionModel().clearSelection();
            fillEditor(null);
            title.requestFocus();
        });
        Button importPack = new Button(m.get("scripts.view.import"));
        importPack.setOnAction(e -> chooseImport());
        Button exportPack = new Button(m.get("scripts.view.export"));
        exportPack.setOnAction(e -> chooseExport());
        HBox bar = new HBox(8, search, scenarioFilter, stateFilter, favourites, newScript, importPack, exportPack);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        return bar;
    }

    private VBox previewPane() {
        caseBox.setPromptText(m.get("scripts.view.noCase"));
        caseBox.setItems(vm.cases());
        preview.setId("script-preview");
        preview.setEditable(false);
        preview.setWrapText(true);
        preview.setPrefRowCount(5);
        previewNote.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.WARNING);
        previewNote.setWrapText(true);
        Button copy = new Button(m.get("scripts.view.copy"));
        copy.setOnAction(e -> {
            Script s = vm.selectedProperty().get();
            if (s != null) {
                copy(s);
            }
        });
        HBox row = new HBox(8, new Label(m.get("scripts.view.case")), caseBox, copy);
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, row, preview, previewNote);
    }

    private VBox editorPane() {
        title.setPromptText(m.get("scripts.view.titleField"));
        title.setId("script-title");
        HBox.setHgrow(title, Priority.ALWAYS);
        scenario.getItems().addAll(Scenario.values());
        scenario.setConverter(label(s -> s == null ? "" : m.get(s.labelKey())));
        tags.setPromptText(m.get("scripts.view.tagsField"));
        editor.setId("script-editor");
        editor.setMarker(PLACEHOLDERS);
        editor.setPrefHeight(220);
        VBox.setVgrow(editor, Priority.ALWAYS);
        Label counts = new Label();
        counts.textProperty().bind(editor.summaryProperty());
        counts.getStyleClass().add(Styles.TEXT_SMALL);
        Button save = button("script-save", "scripts.view.save", () -> save(false));
        save.getStyleClass().add(Styles.ACCENT);
        Button approve = button("script-approve", "scripts.view.approve", vm::approve);
        Button retire = button("script-retire", "scripts.view.retire", vm::retire);
        Button versions = button("script-versions", "scripts.view.versions",
                () -> vm.versions(v -> new ScriptVersionsDialog(getScene().getWindow(), vm, v, editor.getText()).show()));
        Button favourite = button("script-favourite", "scripts.view.favourite", () -> {
            Script s = vm.selectedProperty().get();
            if (s != null) {
                vm.toggleFavourite(s);
            }
        });
        for (Button b : List.of(approve, retire, versions, favourite)) {
            b.disableProperty().bind(vm.selectedProperty().isNull());
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, save, approve, retire, versions, favourite, spacer, counts);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, new HBox(8, title, scenario), tags, editor, buttons);
        box.setPadding(new Insets(0, 8, 0, 0));
        VBox.setVgrow(box, Priority.ALWAYS);
        return box;
    }

    private void bind() {
        search.textProperty().bindBidirectional(vm.queryProperty());
        scenarioFilter.valueProperty().bindBidirectional(vm.scenarioProperty());
        stateFilter.valueProperty().bindBidirectional(vm.stateProperty());
        favourites.selectedProperty().bindBidirectional(vm.favouritesOnlyProperty());
        caseBox.valueProperty().bindBidirectional(vm.chosenCaseProperty());
        list.setId("script-list");
        list.setItems(vm.visible());
        list.setCellFactory(l -> new ScriptCell(m));
        list.setPlaceholder(new Label(m.get("scripts.view.empty")));
        list.getSelectionModel().selectedItemProperty().addListener((o, a, s) -> {
            if (s != null) {
                vm.select(s);
            }
        });
        vm.selectedProperty().addListener((o, a, s) -> {
            if (a == null || s == null || a.id() != s.id() || a.version() != s.version()) {
                fillEditor(s);
            }
            if (s != null && list.getSelectionModel().getSelectedItem() != s) {
                list.getSelectionModel().select(s);
            }
        });
        preview.textProperty().bind(vm.previewProperty());
        previewNote.textProperty().bind(vm.previewNoteProperty());
        status.setId("script-status");
        status.textProperty().bind(vm.statusProperty());
        status.setWrapText(true);
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (FIND.match(e)) {
                search.requestFocus();
                search.selectAll();
                e.consume();
            }
        });
        search.addEventFilter(KeyEvent.KEY_PRESSED, this::onSearchKey);
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                vm.insert(list.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
    }

    /** Arrows move through the results while typing; Enter inserts the selected (or first) script. */
    private void onSearchKey(KeyEvent e) {
        int size = list.getItems().size();
        int i = list.getSelectionModel().getSelectedIndex();
        if (e.getCode() == KeyCode.DOWN && size > 0) {
            list.getSelectionModel().select(Math.min(size - 1, i + 1));
            list.scrollTo(list.getSelectionModel().getSelectedIndex());
            e.consume();
        } else if (e.getCode() == KeyCode.UP && size > 0) {
            list.getSelectionModel().select(Math.max(0, i - 1));
            list.scrollTo(list.getSelectionModel().getSelectedIndex());
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER && size > 0) {
            if (i < 0) {
                list.getSelectionModel().select(0);
            }
            vm.insert(list.getSelectionModel().getSelectedItem());
            e.consume();
        }
    }

    private void fillEditor(Script s) {
        title.setText(s == null ? "" : s.title());
        scenario.setValue(s == null ? Scenario.WRITTEN_REPLY : s.scenario());
        tags.setText(s == null ? "" : s.tagText());
        editor.setChecker(checker.get());
        editor.setText(s == null ? "" : s.body());
    }

    private void save(boolean asNew) {
        vm.save(asNew, title.getText(), scenario.getValue(), tags.getText(), editor.getText());
    }

    private void copy(Script s) {
        String text = vm.filledText(s);
        Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.PLAIN_TEXT, text));
        vm.setStatus(m.get("scripts.view.copied", s.title()));
    }

    private void chooseImport() {
        FileChooser chooser = packChooser();
        File file = chooser.showOpenDialog(getScene().getWindow());
        if (file != null) {
            vm.previewImport(() -> {
                try {
                    return Files.newBufferedReader(file.toPath(), StandardCharsets.UTF_8);
                } catch (java.io.IOException ex) {
                    throw new java.io.UncheckedIOException(ex);
                }
            });
        }
    }

    private void chooseExport() {
        FileChooser chooser = packChooser();
        chooser.setInitialFileName("scripts-pack.json");
        File file = chooser.showSaveDialog(getScene().getWindow());
        if (file != null) {
            boolean filtered = !search.getText().isBlank() || scenarioFilter.getValue() != null
                    || stateFilter.getValue() != null || favourites.isSelected();
            vm.exportTo(file.toPath(), !filtered);
        }
    }

    private static FileChooser packChooser() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("JSON", "*.json"));
        return chooser;
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(m.get(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static <T> StringConverter<T> label(Function<T, String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return f.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    /** The view model, for the lead's wiring (e.g. reloading after a pack arrives) and tests. */
    public LibraryViewModel viewModel() {
        return vm;
    }

    public HighlightingEditor editor() {
        return editor;
    }

    /** Puts the caret in the search field (call when the tab is shown). */
    public void focusSearch() {
        search.requestFocus();
    }
}
