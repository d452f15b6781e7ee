package io.modcache.ui.main;

import io.modcache.ui.model.CacheRow;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.TreeTableRow;

/**
 * Marks module, version and other rows, and rows shown from an earlier scan as stale, with
 * pseudo-classes for the style sheet: changing a style class would re-style the row's every cell.
 */
final class KindStyledRow extends TreeTableRow<CacheRow> {

    private static final javafx.css.PseudoClass STALE = javafx.css.PseudoClass.getPseudoClass("stale");
    private static final javafx.css.PseudoClass MODULE = javafx.css.PseudoClass.getPseudoClass("module");
    private static final javafx.css.PseudoClass OTHER = javafx.css.PseudoClass.getPseudoClass("other");
    private final ChangeListener<Boolean> staleness = (obs, old, stale) -> pseudoClassStateChanged(STALE, stale);
    private CacheRow shown;

    @Override
    protected void updateItem(CacheRow row, boolean empty) {
        super.updateItem(row, empty);
        if (shown != null) {
            shown.staleProperty().removeListener(staleness);
        }
        shown = empty ? null : row;
        if (shown != null) {
            shown.staleProperty().addListener(staleness);
        }
        CacheRow.Kind kind = shown == null ? null : shown.kind();
        pseudoClassStateChanged(MODULE, kind == CacheRow.Kind.MODULE);
        pseudoClassStateChanged(OTHER, kind == CacheRow.Kind.OTHER);
        pseudoClassStateChanged(STALE, shown != null && shown.isStale());
    }
}
