package io.modcache.ui.main;

import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Sorts tree items in the order of a table's sort columns, as the table's own comparator does
 * (each sortable column in turn, its comparator, ascending or descending), but reads each item's
 * cell values once per sort instead of twice per comparison: the rows are re-sorted on the FX
 * thread with every batch of a scan. Unlike the table's, an empty cell sorts last both ways: the
 * oldest versions by last access come first, not the lock file that has no access time.
 */
final class ColumnSort {

    private ColumnSort() {
    }

    private record Keyed<S>(TreeItem<S> item, Object[] keys) {
    }

    /** Sorts {@code items} in place by {@code columns}; stable, so equal items keep their order. */
    static <S> void sort(List<TreeItem<S>> items, List<TreeTableColumn<S, ?>> columns) {
        List<TreeTableColumn<S, ?>> sortable = columns.stream().filter(c -> c.isSortable() && c.getSortType() != null).toList();
        if (items.size() < 2 || sortable.isEmpty()) {
            return;
        }
        List<Keyed<S>> keyed = new ArrayList<>(items.size());
        for (TreeItem<S> item : items) {
            Object[] keys = new Object[sortable.size()];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = sortable.get(i).getCellData(item);
            }
            keyed.add(new Keyed<>(item, keys));
        }
        keyed.sort(byKeys(sortable));
        for (int i = 0; i < keyed.size(); i++) {
            items.set(i, keyed.get(i).item());
        }
    }

    @SuppressWarnings("unchecked")
    private static <S> Comparator<Keyed<S>> byKeys(List<TreeTableColumn<S, ?>> columns) {
        Comparator<Object>[] comparators = columns.stream().map(c -> (Comparator<Object>) c.getComparator()).toArray(Comparator[]::new);
        boolean[] descending = new boolean[columns.size()];
        for (int i = 0; i < descending.length; i++) {
            descending[i] = columns.get(i).getSortType() == TreeTableColumn.SortType.DESCENDING;
        }
        return (a, b) -> {
            for (int i = 0; i < comparators.length; i++) {
                Object x = a.keys()[i];
                Object y = b.keys()[i];
                if (x == null || y == null) {
                    if (x != y) {
                        return x == null ? 1 : -1;
                    }
                    continue;
                }
                int r = descending[i] ? comparators[i].compare(b.keys()[i], a.keys()[i]) : comparators[i].compare(a.keys()[i], b.keys()[i]);
                if (r != 0) {
                    return r;
                }
            }
            return 0;
        };
    }
}
