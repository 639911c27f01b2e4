package org.crisisdesk.ui.board;

import atlantafx.base.theme.Styles;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.crisisdesk.cases.CaseStatus;
import org.crisisdesk.cases.CaseSummary;
import org.crisisdesk.ui.common.Labels;

/**
 * One kanban column. A virtualised list, so a column of hundreds of cases stays smooth. Cards are
 * dragged between columns; with the keyboard, Ctrl+← / Ctrl+→ moves the selected case and Enter opens it.
 */
final class BoardColumn extends VBox {
    static final String DRAG_PREFIX = "crisisdesk-case:";
    final ListView<CaseSummary> list = new ListView<>();

    BoardColumn(CaseStatus status, ObservableList<CaseSummary> items, BoardViewModel vm, Labels labels,
                Consumer<Long> open, Supplier<CardExtra> extras) {
        getStyleClass().add("board-column");
        setId("column-" + status.name());
        Label header = new Label();
        header.textProperty().bind(Bindings.createStringBinding(
                () -> labels.get(status.labelKey()) + "  " + items.size(), items));
        header.getStyleClass().addAll(Styles.TITLE_4, "column-header");

        list.setItems(items);
        list.setId("list-" + status.name());
        list.getStyleClass().add("board-list");
        list.setCellFactory(v -> new ListCell<>() {
            private final CaseCard card = new CaseCard(labels, extras == null ? null : extras.get());

            {
                // cards take the column's width and wrap, instead of pushing a horizontal scroll bar
                card.maxWidthProperty().bind(list.widthProperty().subtract(18));
                card.prefWidthProperty().bind(card.maxWidthProperty());
                // Set once and never hidden: a list cell drops an invisible graphic from its children and
                // takes it back only on its next text or graphic change (so a shown card could stay out
                // of the scene), and a node given a new parent is styled afresh. An empty cell's card is
                // cleared and transparent instead.
                setGraphic(card);
                card.setOpacity(0);
                setOnDragDetected(e -> {
                    if (getItem() == null) {
                        return;
                    }
                    var board = startDragAndDrop(TransferMode.MOVE);
                    ClipboardContent content = new ClipboardContent();
                    content.putString(DRAG_PREFIX + getItem().id());
                    board.setContent(content);
                    e.consume();
                });
                setOnMouseClicked(e -> {
                    if (e.getClickCount() == 2 && getItem() != null) {
                        open.accept(getItem().id());
                    }
                });
            }

            /*
             * The card's height at the width it will have. The list cell's own measure is the theme's
             * fixed cell size (2.8em) or, when that is too small, a minimum taken before the title
             * wraps: a card with a two-line title got a one-line cell and overflowed its top edge.
             */
            @Override
            protected double computePrefHeight(double width) {
                return snappedTopInset() + card.prefHeight(card.getMaxWidth()) + snappedBottomInset();
            }

            @Override
            protected double computeMinHeight(double width) {
                return computePrefHeight(width);
            }

            @Override
            protected void updateItem(CaseSummary c, boolean empty) {
                super.updateItem(c, empty);
                setText(null);
                boolean shown = !empty && c != null;
                if (shown) {
                    card.show(c, vm.storeName(c.storeCode()), vm.clock().instant());
                } else {
                    card.clear();
                }
                card.setOpacity(shown ? 1 : 0);
                card.setMouseTransparent(!shown);
            }
        });
        list.setOnKeyPressed(e -> {
            CaseSummary selected = list.getSelectionModel().getSelectedItem();
            if (selected == null) {
                return;
            }
            if (e.getCode() == KeyCode.ENTER) {
                open.accept(selected.id());
                e.consume();
            } else if (e.isShortcutDown() && (e.getCode() == KeyCode.RIGHT || e.getCode() == KeyCode.LEFT)) {
                BoardViewModel.neighbour(selected.status(), e.getCode() == KeyCode.RIGHT ? 1 : -1)
                        .ifPresent(to -> vm.move(selected.id(), to));
                e.consume();
            }
        });
        setOnDragOver(e -> {
            if (e.getDragboard().hasString() && e.getDragboard().getString().startsWith(DRAG_PREFIX)) {
                e.acceptTransferModes(TransferMode.MOVE);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            String s = e.getDragboard().getString();
            boolean ok = s != null && s.startsWith(DRAG_PREFIX);
            if (ok) {
                vm.move(Long.parseLong(s.substring(DRAG_PREFIX.length())), status);
            }
            e.setDropCompleted(ok);
            e.consume();
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(header, list);
        setSpacing(6);
    }
}
