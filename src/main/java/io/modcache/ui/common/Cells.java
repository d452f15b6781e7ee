package io.modcache.ui.common;

import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.util.Callback;

import java.util.function.Function;

/** Cell factories that show a value as text, for tree tables and tables alike. */
public final class Cells {

    private Cells() {
    }

    public static <S, T> Callback<TreeTableColumn<S, T>, TreeTableCell<S, T>> treeText(Function<T, String> format) {
        return column -> new TreeTableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : format.apply(item));
            }
        };
    }

    public static <S, T> Callback<TableColumn<S, T>, TableCell<S, T>> tableText(Function<T, String> format) {
        return column -> new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : format.apply(item));
            }
        };
    }
}
