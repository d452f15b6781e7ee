package io.modcache.ui.main;

import javafx.scene.Parent;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;

import java.util.function.Supplier;

/** The panels beside the tree (select by rule, the overview): each shown while its toggle is on, loaded when first shown. */
final class SidePanels {

    private final SplitPane split;

    /** @param split holds the tree's side of the window first, then the panels shown */
    SidePanels(SplitPane split) {
        this.split = split;
    }

    void add(ToggleButton toggle, Supplier<Parent> panel, Runnable onShow, Runnable onHide) {
        Parent[] loaded = {null};
        toggle.selectedProperty().addListener((obs, old, show) -> {
            if (loaded[0] == null) {
                loaded[0] = panel.get();
            }
            if (show) {
                split.getItems().add(loaded[0]);
                onShow.run();
            } else {
                split.getItems().remove(loaded[0]);
                onHide.run();
            }
            // with one panel closed the other keeps a panel's width, not the half of the window it had beside a second
            split.setDividerPositions(split.getItems().size() == 2 ? 0.71 : 0.48, 0.74);
        });
    }
}
