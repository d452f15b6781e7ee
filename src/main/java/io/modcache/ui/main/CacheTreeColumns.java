package io.modcache.ui.main;

import io.modcache.text.Text;
import io.modcache.cache.GoVersions;
import io.modcache.ui.common.Cells;
import io.modcache.ui.common.Formats;
import io.modcache.ui.model.CacheModel;
import io.modcache.ui.model.CacheRow;
import io.modcache.ui.model.StatusBadge;
import io.modcache.ui.model.UsedBy;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;

import java.time.Instant;
import java.util.Comparator;

/**
 * What each column of the cache tree shows and how it sorts. Grouped, a version row shows its
 * version in the first column only; flat, the first column shows the module path and the Version
 * column the version. Versions are never cut where pseudo-versions differ: they are elided in the
 * middle, with the full text as a tooltip.
 */
final class CacheTreeColumns {

    private CacheTreeColumns() {
    }

    record Columns(TreeTableColumn<CacheRow, String> name, TreeTableColumn<CacheRow, String> version,
                   TreeTableColumn<CacheRow, Number> size, TreeTableColumn<CacheRow, Number> files,
                   TreeTableColumn<CacheRow, Instant> lastAccess, TreeTableColumn<CacheRow, Instant> downloaded,
                   TreeTableColumn<CacheRow, UsedBy> usedBy, TreeTableColumn<CacheRow, StatusBadge> verification) {
    }

    /**
     * Keeps each column's least width (set in the FXML for the normal text size) in step with the
     * text size, so dates and sizes stay whole when the text grows. Widths the user chose stay.
     */
    static void followTextSize(javafx.scene.control.TreeTableView<CacheRow> tree) {
        java.util.Map<TreeTableColumn<CacheRow, ?>, Double> normal = new java.util.HashMap<>();
        tree.getColumns().forEach(col -> normal.put(col, col.getMinWidth()));
        Runnable fit = () -> {
            double scale = io.modcache.ui.common.Themes.textScaleProperty().get();
            normal.forEach((col, min) -> {
                col.setMinWidth(Math.round(min * scale));
                if (col.getWidth() < col.getMinWidth()) {
                    col.setPrefWidth(col.getMinWidth());
                }
            });
        };
        fit.run();
        javafx.beans.InvalidationListener onChange = o -> fit.run();
        tree.getProperties().put(CacheTreeColumns.class, onChange); // held by the tree: the property holds it only weakly
        io.modcache.ui.common.Themes.textScaleProperty().addListener(new javafx.beans.WeakInvalidationListener(onChange));
    }

    static void install(Columns c, CacheModel cache, ObservableBooleanValue flat) {
        c.name().setCellValueFactory(p -> Bindings.createStringBinding(() -> {
            CacheRow row = p.getValue().getValue();
            return flat.get() && row.kind() == CacheRow.Kind.VERSION ? row.modulePath() : row.name();
        }, flat));
        c.name().setCellFactory(col -> new ElidedCell());
        c.version().setCellValueFactory(p -> p.getValue().getValue().versionProperty());
        c.version().setCellFactory(col -> new ElidedCell() {
            @Override
            boolean hidden(CacheRow row) {
                return !flat.get() && row.kind() == CacheRow.Kind.VERSION;
            }
        });
        c.version().setComparator(GoVersions.ORDER);
        c.size().setCellValueFactory(p -> p.getValue().getValue().bytesProperty());
        c.size().setCellFactory(col -> new SizeCell(cache));
        c.size().setSortType(TreeTableColumn.SortType.DESCENDING);
        c.files().setCellValueFactory(p -> p.getValue().getValue().filesProperty());
        c.files().setCellFactory(Cells.treeText(n -> Formats.count(n.longValue())));
        c.lastAccess().setCellValueFactory(p -> p.getValue().getValue().lastAccessProperty());
        c.lastAccess().setCellFactory(Cells.treeText(t -> cache.trackingProperty().get().tracked() ? Formats.dateTime(t) : Text.get("tree.notTracked")));
        c.downloaded().setCellValueFactory(p -> p.getValue().getValue().downloadedProperty());
        c.downloaded().setCellFactory(Cells.treeText(Formats::dateTime));
        c.verification().setCellValueFactory(p -> p.getValue().getValue().statusProperty());
        c.verification().setCellFactory(col -> new VerificationCell());
        c.verification().setComparator(Comparator.comparing(StatusBadge::tone).thenComparing(StatusBadge::text));
        c.usedBy().setCellValueFactory(p -> p.getValue().getValue().usedByProperty());
        c.usedBy().setCellFactory(col -> new UsedByCell());
        c.usedBy().setComparator(Comparator.comparingInt(UsedBy::weight));
    }

    /** Text elided in the middle (module paths and pseudo-versions differ at their ends), the whole of it as a tooltip. */
    static class ElidedCell extends TreeTableCell<CacheRow, String> {

        private final io.modcache.ui.common.HoverTooltip tooltip = new io.modcache.ui.common.HoverTooltip(this);

        ElidedCell() {
            setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
        }

        boolean hidden(CacheRow row) {
            return false;
        }

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            CacheRow row = getTableRow() == null ? null : getTableRow().getItem();
            if (empty || text == null || row == null || hidden(row)) {
                setText(null);
                tooltip.setText(null);
                return;
            }
            setText(text);
            tooltip.setText(row.kind() == CacheRow.Kind.VERSION ? row.modulePath() + "@" + row.name() : text);
        }
    }
}
