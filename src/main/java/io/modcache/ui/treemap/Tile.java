package io.modcache.ui.treemap;

/**
 * Where a node landed: its rectangle in pixels, how deep it sits, and its parent's index in the
 * layout's tile list (-1 at the top).
 */
public record Tile<T>(TreemapNode<T> node, double x, double y, double w, double h, int depth, int parent) {

    public boolean contains(double px, double py) {
        return px >= x && px < x + w && py >= y && py < y + h;
    }

    public double area() {
        return w * h;
    }

    /** The longer side over the shorter: 1 for a square. */
    public double aspectRatio() {
        return Math.max(w, h) / Math.min(w, h);
    }

    public boolean isLeaf() {
        return node.isLeaf();
    }
}
