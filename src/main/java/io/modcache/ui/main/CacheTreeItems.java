package io.modcache.ui.main;

import io.modcache.cache.EntryId;
import io.modcache.ui.model.CacheChange;
import io.modcache.ui.model.CacheModel;
import io.modcache.ui.model.CacheRow;
import io.modcache.ui.model.Selection;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Adapts the {@link CacheModel} to the tree table: one {@code TreeItem} per row (so expanded rows
 * stay expanded), filtered, in the order of the columns the user sorts by, and in step with the
 * shared {@link Selection} both ways. The control's own selection is never trusted across a change
 * of its rows: it is cleared before every change and restored from the selection's ids after.
 */
final class CacheTreeItems {

    /** Until the user sorts by a column: modules by path, then the other entries by path; versions newest first. */
    private static final Comparator<TreeItem<CacheRow>> NATURAL = Comparator
            .<TreeItem<CacheRow>, Boolean>comparing(i -> i.getValue().kind() == CacheRow.Kind.OTHER)
            .thenComparing(i -> i.getValue().name());

    private final TreeTableView<CacheRow> table;
    private final CacheModel model;
    private final Selection selection;
    private final TreeItem<CacheRow> root = new TreeItem<>();
    private final Map<CacheRow, TreeItem<CacheRow>> items = new IdentityHashMap<>();
    private final List<TreeItem<CacheRow>> topLevel = new ArrayList<>();
    private Predicate<CacheRow> filter = row -> true;
    private boolean syncing;

    CacheTreeItems(TreeTableView<CacheRow> table, CacheModel model, Selection selection) {
        this.table = table;
        this.model = model;
        this.selection = selection;
        root.setExpanded(true);
        table.setRoot(root);
        table.setShowRoot(false);
        table.setSortPolicy(t -> {
            preservingSelection(this::reorder);
            return true;
        });
        model.addListener(this::apply);
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<TreeItem<CacheRow>>) c -> pushSelection());
        selection.idsProperty().addListener((obs, old, now) -> {
            if (!syncing) {
                preservingSelection(() -> revealSelected());
            }
        });
    }

    TreeItem<CacheRow> root() {
        return root;
    }

    /** Shows only top-level rows {@code matches} accepts; expanded rows stay expanded. */
    void setFilter(Predicate<CacheRow> matches) {
        this.filter = matches;
        preservingSelection(this::showVisible);
    }

    /** The tree item showing a row, or null. */
    TreeItem<CacheRow> itemOf(CacheRow row) {
        return items.get(row);
    }

    private void apply(CacheChange change) {
        preservingSelection(() -> {
            if (change.cleared()) {
                items.clear();
                topLevel.clear();
                root.getChildren().clear();
            }
            for (CacheRow row : change.removed()) {
                TreeItem<CacheRow> item = items.remove(row);
                if (item == null) {
                    continue;
                }
                if (row.kind() == CacheRow.Kind.VERSION) {
                    TreeItem<CacheRow> parent = item.getParent();
                    if (parent != null) {
                        parent.getChildren().remove(item);
                    }
                } else {
                    topLevel.remove(item);
                    item.getChildren().forEach(child -> items.remove(child.getValue()));
                }
            }
            for (CacheRow row : change.added()) {
                TreeItem<CacheRow> item = new TreeItem<>(row);
                items.put(row, item);
                if (row.kind() == CacheRow.Kind.VERSION) {
                    items.get(model.find(new EntryId.Module(row.modulePath()))).getChildren().add(item);
                } else {
                    topLevel.add(item);
                }
            }
            reorder();
        });
    }

    /** Puts every level in the order of the table's sort columns (or the natural order), then shows what the filter lets through. */
    private void reorder() {
        Comparator<TreeItem<CacheRow>> byColumns = table.getComparator();
        topLevel.sort(byColumns != null ? byColumns : NATURAL);
        for (TreeItem<CacheRow> item : topLevel) {
            if (item.getValue().kind() != CacheRow.Kind.MODULE) {
                continue;
            }
            List<TreeItem<CacheRow>> children = new ArrayList<>(item.getChildren());
            if (byColumns != null) {
                children.sort(byColumns);
            } else {
                List<CacheRow> newestFirst = item.getValue().versions();
                children.sort(Comparator.comparingInt(c -> newestFirst.indexOf(c.getValue())));
            }
            if (!children.equals(item.getChildren())) {
                item.getChildren().setAll(children);
            }
        }
        showVisible();
    }

    private void showVisible() {
        List<TreeItem<CacheRow>> visible = topLevel.stream().filter(i -> filter.test(i.getValue())).toList();
        if (!visible.equals(root.getChildren())) {
            root.getChildren().setAll(visible);
        }
    }

    /**
     * Runs a change of the rows with the control's selection cleared, then selects again what the
     * shared selection holds; the selection itself is not changed by this.
     */
    private void preservingSelection(Runnable change) {
        if (syncing) {
            change.run();
            return;
        }
        syncing = true;
        try {
            table.getSelectionModel().clearSelection();
            change.run();
            selectFromModel(false);
        } finally {
            syncing = false;
        }
    }

    /** After another view changed the selection: select it here too, expanding modules to show versions. */
    private void revealSelected() {
        selectFromModel(true);
        TreeItem<CacheRow> lead = leadItem();
        if (lead != null && table.getRow(lead) >= 0) {
            table.scrollTo(Math.max(0, table.getRow(lead) - 3));
        }
    }

    private void selectFromModel(boolean expand) {
        table.getSelectionModel().clearSelection();
        for (EntryId id : selection.ids()) {
            TreeItem<CacheRow> item = itemFor(id);
            if (item == null) {
                continue;
            }
            if (expand && item.getParent() != null && item.getParent() != root) {
                item.getParent().setExpanded(true);
            }
            if (table.getRow(item) >= 0) {
                table.getSelectionModel().select(item);
            }
        }
        TreeItem<CacheRow> lead = leadItem();
        if (lead != null && table.getRow(lead) >= 0) {
            table.getFocusModel().focus(table.getRow(lead));
        }
    }

    private TreeItem<CacheRow> leadItem() {
        EntryId lead = selection.leadProperty().get();
        return lead == null ? null : itemFor(lead);
    }

    private TreeItem<CacheRow> itemFor(EntryId id) {
        CacheRow row = model.find(id);
        return row == null ? null : items.get(row);
    }

    /** The user changed the control's selection: the shared selection follows. */
    private void pushSelection() {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            List<EntryId> ids = table.getSelectionModel().getSelectedItems().stream()
                    .filter(i -> i != null && i.getValue() != null).map(i -> i.getValue().id()).toList();
            TreeItem<CacheRow> focused = table.getSelectionModel().getSelectedItem();
            selection.select(ids, focused == null || focused.getValue() == null ? null : focused.getValue().id());
        } finally {
            syncing = false;
        }
    }
}
