package io.modcache.ui.main;

import io.modcache.text.Text;
import io.modcache.ui.common.Formats;
import io.modcache.ui.common.HoverTooltip;
import io.modcache.ui.model.CacheModel;
import io.modcache.ui.model.CacheRow;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;

import java.util.Locale;

/**
 * The Size column: the size in words over a bar showing the row's share of its parent (a version's
 * share of its module; a module's or other entry's share of the cache), as QDirStat's percentage
 * bar; the tooltip gives the share of the cache.
 */
final class SizeCell extends TreeTableCell<CacheRow, Number> {

    private final CacheModel cache;
    private final ShareBar graphic = new ShareBar();
    private final HoverTooltip tooltip = new HoverTooltip(this);

    SizeCell(CacheModel cache) {
        this.cache = cache;
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        getStyleClass().add("size-cell");
    }

    @Override
    protected void updateItem(Number bytes, boolean empty) {
        super.updateItem(bytes, empty);
        CacheRow row = getTableRow() == null ? null : getTableRow().getItem();
        if (empty || bytes == null || row == null) {
            setGraphic(null);
            tooltip.setText(null);
            return;
        }
        long total = cache.totals().bytes();
        TreeItem<CacheRow> parent = getTableRow().getTreeItem() == null ? null : getTableRow().getTreeItem().getParent();
        long whole = parent != null && parent.getValue() != null ? parent.getValue().bytes() : total;
        double share = whole <= 0 ? 0 : Math.min(1, bytes.doubleValue() / whole);
        graphic.show(Formats.bytes(bytes.longValue()), share);
        setGraphic(graphic);
        String ofCache = Text.get("tree.ofCache", percent(total <= 0 ? 0 : bytes.doubleValue() / total));
        tooltip.setText(row.kind() == CacheRow.Kind.VERSION && parent != null && parent.getValue() != null
                ? ofCache + Text.get("tree.ofModule", percent(share)) : ofCache);
    }

    private static String percent(double fraction) {
        return String.format(Locale.getDefault(), fraction < 0.001 && fraction > 0 ? "%.3f%%" : "%.1f%%", fraction * 100);
    }
}
