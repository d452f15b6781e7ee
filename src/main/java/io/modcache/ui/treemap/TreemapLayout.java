package io.modcache.ui.treemap;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A laid-out treemap: every tile, parents before their children, in a {@code width} by
 * {@code height} area. Answers which tile is under a point and where an item is.
 */
public final class TreemapLayout<T> {

    private final List<Tile<T>> tiles;
    private final double width;
    private final double height;
    private final Map<T, Integer> indexOf = new HashMap<>();

    TreemapLayout(List<Tile<T>> tiles, double width, double height) {
        this.tiles = List.copyOf(tiles);
        this.width = width;
        this.height = height;
        for (int i = 0; i < this.tiles.size(); i++) {
            indexOf.putIfAbsent(this.tiles.get(i).node().item(), i);
        }
    }

    public static <T> TreemapLayout<T> empty(double width, double height) {
        return new TreemapLayout<>(List.of(), width, height);
    }

    public List<Tile<T>> tiles() {
        return Collections.unmodifiableList(tiles);
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    /** The deepest tile under the point, or null. */
    public Tile<T> tileAt(double x, double y) {
        Tile<T> found = null;
        int parent = -1;
        // A tile's descendants follow it in the list: descend group by group in one pass.
        for (int i = 0; i < tiles.size(); i++) {
            Tile<T> t = tiles.get(i);
            if (t.parent() == parent && t.contains(x, y)) {
                found = t;
                parent = i;
            }
        }
        return found;
    }

    /** The tile showing {@code item}, or null when it is not laid out (too small, or outside the zoom). */
    public Tile<T> tileOf(T item) {
        Integer i = indexOf.get(item);
        return i == null ? null : tiles.get(i);
    }

    /** A way to move from tile to tile with the arrow keys. */
    public enum Direction { LEFT, RIGHT, UP, DOWN }

    /**
     * The leaf tile next to {@code from} in {@code direction}, or null at the edge: among the leaves
     * wholly on that side, those beside it (sharing some of its extent across the direction) come
     * first, nearest first, then the one most in line with its centre.
     */
    public Tile<T> neighbour(Tile<T> from, Direction direction) {
        Tile<T> best = null;
        double bestGap = Double.MAX_VALUE;
        double bestOff = Double.MAX_VALUE;
        boolean horizontal = direction == Direction.LEFT || direction == Direction.RIGHT;
        for (Tile<T> t : tiles) {
            if (!t.isLeaf() || t == from) {
                continue;
            }
            double gap = switch (direction) {
                case RIGHT -> t.x() - (from.x() + from.w());
                case LEFT -> from.x() - (t.x() + t.w());
                case DOWN -> t.y() - (from.y() + from.h());
                case UP -> from.y() - (t.y() + t.h());
            };
            if (gap < -EDGE) {
                continue; // not wholly on that side
            }
            // how far apart they are across the direction: 0 when their extents overlap
            double apart = horizontal ? separation(from.y(), from.h(), t.y(), t.h()) : separation(from.x(), from.w(), t.x(), t.w());
            double off = horizontal ? Math.abs(centre(t.y(), t.h()) - centre(from.y(), from.h()))
                    : Math.abs(centre(t.x(), t.w()) - centre(from.x(), from.w()));
            double score = Math.max(0, gap) + apart * 2;
            if (score < bestGap - EDGE || score < bestGap + EDGE && off < bestOff) {
                best = t;
                bestGap = score;
                bestOff = off;
            }
        }
        return best;
    }

    /** Rounding slack: tiles laid side by side share an edge up to this. */
    private static final double EDGE = 0.5;

    private static double separation(double a, double aLen, double b, double bLen) {
        return Math.max(0, Math.max(a, b) - Math.min(a + aLen, b + bLen));
    }

    private static double centre(double start, double length) {
        return start + length / 2;
    }

    /** The tile's parent, or null at the top. */
    public Tile<T> parentOf(Tile<T> tile) {
        return tile.parent() < 0 ? null : tiles.get(tile.parent());
    }
}
