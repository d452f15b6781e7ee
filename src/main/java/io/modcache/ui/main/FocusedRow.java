package io.modcache.ui.main;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;

/** Where the tree's focused row is on show, for what opens beside it (a menu opened from the keyboard). */
final class FocusedRow {

    private FocusedRow() {
    }

    /** Under the focused row's start when the row shows, else near the tree's top left; in the tree's coordinates. */
    static Point2D menuCorner(TreeTableView<?> tree) {
        int focused = tree.getFocusModel().getFocusedIndex();
        for (Node n : tree.lookupAll(".tree-table-row-cell")) {
            if (n instanceof TreeTableRow<?> row && row.getIndex() == focused && row.isVisible()) {
                Bounds b = tree.sceneToLocal(row.localToScene(row.getLayoutBounds()));
                if (b.getMinY() >= 0 && b.getMaxY() <= tree.getHeight()) {
                    return new Point2D(b.getMinX() + 24, b.getMaxY());
                }
            }
        }
        return new Point2D(24, 24);
    }
}
