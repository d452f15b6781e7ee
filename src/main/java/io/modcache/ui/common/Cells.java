package io.modcache.ui.common;

import javafx.scene.control.OverrunStyle;
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

    /**
     * Text that is elided as {@code overrun} says when the column is narrower than it (in the middle
     * for module paths and pseudo-versions, which differ at their ends), the whole of it as a tooltip.
     */
    public static <S> Callback<TableColumn<S, String>, TableCell<S, String>> tableElided(OverrunStyle overrun) {
        return column -> new TableCell<>() {
            private final HoverTooltip whole = new HoverTooltip(this);

            {
                setTextOverrun(overrun);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                boolean blank = empty || item == null || item.isEmpty();
                setText(blank ? null : item);
                whole.setText(blank ? null : item);
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
