package org.crisisdesk.ui.drafting;

import atlantafx.base.theme.Styles;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import org.crisisdesk.checker.Hit;
import org.crisisdesk.common.Messages;
import org.crisisdesk.drafting.Draft;
import org.crisisdesk.drafting.PlaceholderMatch;
import org.crisisdesk.drafting.Placeholders;
import org.crisisdesk.drafting.ScriptSnippet;
import org.crisisdesk.ui.common.editor.HighlightingEditor;
import org.crisisdesk.ui.common.editor.TextMarker;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** One open draft: toolbar, the highlighting editor (or the recipient's view), and the hits panel. */
final class DraftEditorPane extends BorderPane {
    /** Placeholders painted in the editor: known ones blue, unknown names violet. */
    static final TextMarker PLACEHOLDERS = text -> Placeholders.findAll(text).stream()
            .map((PlaceholderMatch m) -> new TextMarker.Mark(m.start(), m.end(),
                    m.known() ? "placeholder" : "placeholder-unknown"))
            .toList();

    private final DraftingViewModel vm;
    private final DraftSession session;
    private final Messages m;
    private final HighlightingEditor editor;
    private final ListView<Hit> hitList = new ListView<>();
    private final TextFlow preview = new TextFlow();

    DraftEditorPane(DraftingViewModel vm, DraftSession session, Executor checkExecutor) {
        this.vm = vm;
        this.session = session;
        this.m = vm.messages();
        this.editor = new HighlightingEditor(vm.checker(), checkExecutor, m);
        editor.setMarker(PLACEHOLDERS);
        editor.area().setId("draft-editor-area");
        getStyleClass().add("draft-editor-pane");

        // parts
        MenuButton insert = new MenuButton(m.get("drafting.insertScript"), new FontIcon(Material2AL.LIBRARY_BOOKS));
        insert.setId("draft-insert-script");
        for (ScriptSnippet s : vm.scripts()) {
            MenuItem item = new MenuItem(s.title() + (s.scenario().isEmpty() ? "" : "  —  " + s.scenario()));
            item.setId("script-" + s.id());
            item.setOnAction(e -> editor.insertAtCaret(vm.fillScript(session, s)));
            insert.getItems().add(item);
        }
        Button versions = new Button(m.get("drafting.versions"), new FontIcon(Material2AL.HISTORY));
        versions.setId("draft-versions");
        ToggleButton showPreview = new ToggleButton(m.get("drafting.preview"), new FontIcon(Material2MZ.VISIBILITY));
        showPreview.setId("draft-preview");
        Button copy = new Button(m.get("drafting.copy"), new FontIcon(Material2AL.CONTENT_COPY));
        copy.setId("draft-copy");
        Button markFinal = new Button(m.get("drafting.markFinal"), new FontIcon(Material2AL.DONE_ALL));
        markFinal.setId("draft-final");
        markFinal.getStyleClass().add(Styles.SUCCESS);
        Button override = new Button(m.get("drafting.override"), new FontIcon(Material2MZ.WARNING));
        override.setId("draft-override");
        override.getStyleClass().add(Styles.DANGER);
        Label finalNote = new Label();
        finalNote.getStyleClass().add(Styles.TEXT_MUTED);
        ToolBar bar = new ToolBar(insert, versions, showPreview, copy, markFinal, override, finalNote);

        Label summary = new Label();
        summary.setId("draft-hit-summary");
        summary.getStyleClass().add(Styles.TEXT_BOLD);
        Label chars = new Label();
        chars.setId("draft-char-count");
        Label unfilled = new Label();
        unfilled.setId("draft-unfilled");
        unfilled.setWrapText(true);
        unfilled.getStyleClass().add(Styles.WARNING);
        hitList.setId("draft-hits");
        hitList.setItems(editor.getHits());
        hitList.setPlaceholder(new Label(m.get("drafting.hits.none")));
        hitList.setCellFactory(v -> new HitListCell(m, editor::replaceHit));
        VBox.setVgrow(hitList, Priority.ALWAYS);
        VBox side = new VBox(8, new Label(m.get("drafting.hits.title")), summary, hitList, unfilled, chars);
        side.getStyleClass().add("draft-side");
        side.setMinWidth(260);

        preview.getStyleClass().add("draft-preview");
        ScrollPane previewPane = new ScrollPane(preview);
        previewPane.setFitToWidth(true);
        previewPane.setId("draft-preview-pane");
        StackPane centre = new StackPane(editor, previewPane);
        SplitPane split = new SplitPane(centre, side);
        split.setDividerPositions(0.68);

        // layout
        setTop(bar);
        setCenter(split);

        // bindings and handlers
        summary.textProperty().bind(editor.summaryProperty());
        chars.textProperty().bind(Bindings.createStringBinding(
                () -> m.get("drafting.chars", editor.characterCountProperty().get()), editor.characterCountProperty()));
        unfilled.textProperty().bind(Bindings.createStringBinding(() -> session.getUnfilled().isEmpty() ? ""
                : m.get("drafting.unfilled", String.join("、", session.getUnfilled())), session.getUnfilled()));
        session.blockCountProperty().bind(editor.blockCountProperty());
        editor.contentProperty().addListener((o, was, now) -> vm.textChanged(session, now));
        session.reloadProperty().addListener((o, was, now) -> editor.setText(now.text()));
        editor.setText(session.reloadProperty().get().text());
        previewPane.visibleProperty().bind(showPreview.selectedProperty());
        editor.visibleProperty().bind(showPreview.selectedProperty().not());
        showPreview.selectedProperty().addListener((o, was, on) -> {
            if (on) {
                DraftPreview.showRecipientView(preview, session.getText());
            }
        });
        hitList.getSelectionModel().selectedItemProperty().addListener((o, was, hit) -> {
            if (hit != null) {
                editor.selectHit(hit);
            }
        });
        markFinal.disableProperty().bind(session.finalisableProperty().not());
        override.disableProperty().bind(Bindings.createBooleanBinding(() -> session.getDraft().isFinal(),
                session.draftProperty()));
        insert.disableProperty().bind(override.disableProperty());
        session.draftProperty().addListener((o, was, d) -> showState(d, finalNote));
        showState(session.getDraft(), finalNote);
        markFinal.setOnAction(e -> vm.markFinal(session));
        override.setOnAction(e -> askOverride());
        copy.setOnAction(e -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(vm.copyText(session));
            Clipboard.getSystemClipboard().setContent(c);
        });
        versions.setOnAction(e -> vm.loadVersions(session, list -> new DraftVersionsDialog(getScene().getWindow(), vm,
                session, list).showAndWait().ifPresent(v -> vm.restore(session, v))));
    }

    private void showState(Draft d, Label note) {
        editor.setEditable(!d.isFinal());
        note.setText(d.isFinal() ? m.get("drafting.finalReadOnly", d.finalisedBy(),
                DraftingView.TIME.format(d.finalisedAt().atZone(java.time.ZoneId.systemDefault()))) : "");
    }

    private void askOverride() {
        TextInputDialog dialog = new TextInputDialog();
        dialog.initOwner(getScene().getWindow());
        dialog.setTitle(m.get("drafting.override"));
        dialog.setHeaderText(m.get("drafting.override.prompt"));
        dialog.getEditor().setId("draft-override-reason");
        dialog.showAndWait().ifPresent(reason -> vm.markFinalWithOverride(session, reason));
    }

    HighlightingEditor editor() {
        return editor;
    }

    DraftSession session() {
        return session;
    }
}
