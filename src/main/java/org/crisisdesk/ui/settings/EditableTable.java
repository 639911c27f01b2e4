package org.crisisdesk.ui.settings;

import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.TextFieldTableCell;

/** A small table whose text cells are edited in place; each commit saves the changed record. */
final class EditableTable<T> extends TableView<T> {
    private final java.util.function.Consumer<T> save;
    /** Reloads the rows from storage; set when the rows are first loaded. */
    Runnable reloader = () -> { };

    EditableTable(java.util.function.Consumer<T> save) {
        this.save = save;
        setEditable(true);
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPrefHeight(180);
    }

    void reload() {
        reloader.run();
    }

    /** A column showing {@code get}; an edit builds the new record with {@code with} and saves it. */
    EditableTable<T> text(String title, Function<T, String> get, BiFunction<T, String, T> with) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(v -> new ReadOnlyStringWrapper(get.apply(v.getValue())));
        if (with == null) {
            c.setEditable(false);
        } else {
            c.setCellFactory(TextFieldTableCell.forTableColumn());
            c.setOnEditCommit(e -> save.accept(with.apply(e.getRowValue(), e.getNewValue())));
        }
        getColumns().add(c);
        return this;
    }
}
