package io.modcache.ui.main;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * A size in words, right-aligned, over a bar as wide as the row's share of its parent: laid out by
 * hand, so a cell showing another row sets two values rather than binding the bar's width anew.
 */
final class ShareBar extends Region {

    private static final double BAR_HEIGHT = 12;

    private final Region bar = new Region();
    private final Label text = new Label();
    private double share;

    ShareBar() {
        bar.getStyleClass().add("share-bar");
        bar.setManaged(false);
        text.setManaged(false);
        text.setMinWidth(0);
        setMinWidth(0);
        getChildren().addAll(bar, text);
    }

    /** Shows {@code words} over a bar filling {@code share} (0 to 1) of the width. */
    void show(String words, double share) {
        text.setText(words);
        double clamped = Math.max(0, Math.min(1, share));
        if (clamped != this.share) {
            this.share = clamped;
            requestLayout();
        }
    }

    @Override
    protected void layoutChildren() {
        double x = snappedLeftInset();
        double y = snappedTopInset();
        double w = Math.max(0, getWidth() - x - snappedRightInset());
        double h = Math.max(0, getHeight() - y - snappedBottomInset());
        double barHeight = Math.min(BAR_HEIGHT, h);
        bar.resizeRelocate(x, y + (h - barHeight) / 2, snapSizeX(w * share), barHeight);
        double textWidth = Math.min(w, text.prefWidth(-1));
        text.resizeRelocate(x + w - textWidth, y, textWidth, h);
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + text.prefWidth(-1) + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        return snappedTopInset() + Math.max(BAR_HEIGHT, text.prefHeight(-1)) + snappedBottomInset();
    }
}
