package io.modcache.ui.main;

import io.modcache.ui.model.CacheRow;
import io.modcache.ui.model.UsedBy;
import io.modcache.ui.common.HoverTooltip;
import javafx.scene.control.TreeTableCell;

/** The Used by column: "2 projects", "graph only", or nothing; the modules' folders as a tooltip. */
final class UsedByCell extends TreeTableCell<CacheRow, UsedBy> {

    private final HoverTooltip tooltip = new HoverTooltip(this);

    @Override
    protected void updateItem(UsedBy usedBy, boolean empty) {
        super.updateItem(usedBy, empty);
        if (empty || usedBy == null || usedBy.uses().isEmpty()) {
            setText(null);
            tooltip.setText(null);
            return;
        }
        setText(usedBy.text());
        tooltip.setText(usedBy.tooltip());
    }
}
