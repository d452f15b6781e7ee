package io.modcache.ui.main;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;

import java.util.function.DoubleSupplier;

/**
 * Where the treemap and the details go: with the treemap shown, below the tree in a split the
 * user can drag, the details beside it; without it, the details below the tree, as high as they
 * need. Either can be hidden (View ▸ Treemap, View ▸ Details).
 */
final class LowerViews {

    private final BorderPane treeArea;
    private final SplitPane mapSplit;
    private final SplitPane lowerSplit;
    private final Node treemap;
    private final Node details;
    private final BooleanProperty treemapShown;
    private final BooleanProperty detailsShown = new SimpleBooleanProperty(this, "detailsShown", true);
    private final DoubleSupplier divider;

    /** @param divider where the divider between tree and treemap goes when the treemap appears */
    LowerViews(BorderPane treeArea, SplitPane mapSplit, SplitPane lowerSplit, Node treemap, Node details,
               BooleanProperty treemapShown, DoubleSupplier divider) {
        this.treeArea = treeArea;
        this.mapSplit = mapSplit;
        this.lowerSplit = lowerSplit;
        this.treemap = treemap;
        this.details = details;
        this.treemapShown = treemapShown;
        this.divider = divider;
        treemapShown.addListener(o -> place());
        detailsShown.addListener(o -> place());
    }

    BooleanProperty detailsShownProperty() {
        return detailsShown;
    }

    void place() {
        boolean map = treemapShown.get();
        boolean facts = detailsShown.get();
        if (map) {
            treeArea.setBottom(null);
            if (facts) {
                if (!lowerSplit.getItems().equals(java.util.List.of(treemap, details))) {
                    lowerSplit.getItems().setAll(treemap, details);
                    lowerSplit.setDividerPositions(0.7);
                }
            } else {
                lowerSplit.getItems().setAll(treemap);
            }
            if (!mapSplit.getItems().contains(lowerSplit)) {
                mapSplit.getItems().add(lowerSplit);
                mapSplit.setDividerPositions(divider.getAsDouble());
            }
        } else {
            mapSplit.getItems().remove(lowerSplit);
            lowerSplit.getItems().clear();
            treeArea.setBottom(facts ? details : null);
        }
    }
}
