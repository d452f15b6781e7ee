package io.modcache.ui.main;

import io.modcache.cache.EntryId;
import io.modcache.ui.model.CacheChange;
import io.modcache.ui.model.CacheModel;
import io.modcache.ui.model.CacheRow;
import io.modcache.ui.model.Selection;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.control.TreeTableView;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Adapts the {@link CacheModel} to the tree table: one {@code TreeItem} per row (so expanded rows
 * stay expanded), grouped by module or flat (every version a row of its own), filtered, in the order
 * of the columns the user sorts by, and in step with the shared {@link Selection} both ways. The
 * control's own selection is never trusted across a change of its rows: it is cleared before every
 * change and restored from the selection's ids after.
 */
final class CacheTreeItems {

    /** Until the user sorts by a column: modules by path, then the other entries by path; versions newest first. */
    private static final Comparator<TreeItem<CacheRow>> NATURAL = Comparator
            .<TreeItem<CacheRow>, Boolean>comparing(i -> i.getValue().kind() == CacheRow.Kind.OTHER)
            .thenComparing(i -> i.getValue().kind() == CacheRow.Kind.VERSION ? i.getValue().modulePath() : i.getValue().name());

    private final TreeTableView<CacheRow> table;
    private final CacheModel model;
    private final Selection selection;
    private final TreeItem<CacheRow> root = new TreeItem<>();
    private final Map<CacheRow, TreeItem<CacheRow>> items = new IdentityHashMap<>();
    private final ReadOnlyIntegerWrapper shownModules = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper shownVersions = new ReadOnlyIntegerWrapper();
    private String needle = "";
    private boolean flat;
    private boolean syncing;

    CacheTreeItems(TreeTableView<CacheRow> table, CacheModel model, Selection selection) {
        this.table = table;
        this.model = model;
        this.selection = selection;
        root.setExpanded(true);
        table.setRoot(root);
        table.setShowRoot(false);
        table.setSortPolicy(t -> {
            preservingSelection(this::arrange);
            return true;
        });
        model.addListener(this::apply);
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<TreeItem<CacheRow>>) c -> pushSelection());
        selection.idsProperty().addListener((obs, old, now) -> {
            if (!syncing) {
                preservingSelection(this::revealSelected);
            }
        });
    }

    TreeItem<CacheRow> root() {
        return root;
    }

    /**
     * Shows only what matches {@code text} (case-insensitive): a module whose path contains it with
     * all its versions; else the versions whose {@code path@version} contains it (so a path, a
     * version, or both match), under their module; other entries by their path. Expanded rows stay
     * expanded.
     */
    void setFilter(String text) {
        needle = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        preservingSelection(this::arrange);
    }

    /** Every version as a top-level row (true), or versions under their module (false). */
    void setFlat(boolean value) {
        if (flat != value) {
            flat = value;
            preservingSelection(() -> {
                items.values().forEach(i -> {
                    if (i.getValue().kind() == CacheRow.Kind.MODULE) {
                        i.getChildren().clear();
                    }
                });
                root.getChildren().clear();
                arrange();
            });
        }
    }

    /** How many modules (grouped), or modules with a version shown (flat), pass the filter. */
    ReadOnlyIntegerProperty shownModulesProperty() {
        return shownModules.getReadOnlyProperty();
    }

    /** How many versions pass the filter. */
    ReadOnlyIntegerProperty shownVersionsProperty() {
        return shownVersions.getReadOnlyProperty();
    }

    /** The tree item showing a row, or null. */
    TreeItem<CacheRow> itemOf(CacheRow row) {
        return items.get(row);
    }

    private void apply(CacheChange change) {
        preservingSelection(() -> {
            if (change.cleared()) {
                items.clear();
                root.getChildren().clear();
            }
            for (CacheRow row : change.removed()) {
                TreeItem<CacheRow> item = items.remove(row);
                if (item != null && item.getParent() != null) {
                    item.getParent().getChildren().remove(item);
                }
                if (item != null && row.kind() == CacheRow.Kind.MODULE) {
                    item.getChildren().forEach(child -> items.remove(child.getValue()));
                }
            }
            for (CacheRow row : change.added()) {
                items.put(row, new TreeItem<>(row));
            }
            arrange();
        });
    }

    /** Puts what passes the filter in place, every level in the order of the sort columns (or the natural order). */
    private void arrange() {
        boolean byColumns = !table.getSortOrder().isEmpty();
        List<TreeItem<CacheRow>> top = new ArrayList<>();
        int modules = 0;
        int versions = 0;
        for (CacheRow module : model.modules()) {
            boolean moduleMatches = contains(module.name());
            List<TreeItem<CacheRow>> shown = new ArrayList<>();
            for (CacheRow v : module.versions()) {
                if (moduleMatches || contains(module.name() + "@" + v.name())) {
                    shown.add(items.get(v));
                }
            }
            if (shown.isEmpty()) {
                continue;
            }
            modules++;
            versions += shown.size();
            if (flat) {
                top.addAll(shown);
                continue;
            }
            TreeItem<CacheRow> item = items.get(module);
            if (byColumns) {
                ColumnSort.sort(shown, table.getSortOrder());
            }
            if (!shown.equals(item.getChildren())) {
                item.getChildren().setAll(shown);
            }
            top.add(item);
        }
        for (CacheRow other : model.others()) {
            if (contains(other.name())) {
                top.add(items.get(other));
            }
        }
        if (byColumns) {
            ColumnSort.sort(top, table.getSortOrder());
        } else {
            top.sort(flat ? NATURAL.thenComparing(newestFirst()) : NATURAL);
        }
        if (!top.equals(root.getChildren())) {
            root.getChildren().setAll(top);
        }
        shownModules.set(modules);
        shownVersions.set(versions);
    }

    /** Within a module in the flat view, until the user sorts: newest first, as the module row lists them. */
    private static Comparator<TreeItem<CacheRow>> newestFirst() {
        return (a, b) -> {
            if (a.getValue().kind() != CacheRow.Kind.VERSION || b.getValue().kind() != CacheRow.Kind.VERSION) {
                return 0;
            }
            return io.modcache.cache.GoVersions.NEWEST_FIRST.compare(a.getValue().name(), b.getValue().name());
        };
    }

    private boolean contains(String text) {
        return needle.isEmpty() || text.toLowerCase(Locale.ROOT).contains(needle);
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
        if (lead != null && table.getRow(lead) >= 0 && !inView(table.getRow(lead))) {
            table.scrollTo(Math.max(0, table.getRow(lead) - 3));
        }
    }

    /** Whether row {@code index} is on screen whole (the first and last visible rows may be cut), so the view need not move. */
    private boolean inView(int index) {
        if (!(table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow)) {
            return false;
        }
        IndexedCell<?> first = flow.getFirstVisibleCell();
        IndexedCell<?> last = flow.getLastVisibleCell();
        return first != null && last != null && index > first.getIndex() && index < last.getIndex();
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
