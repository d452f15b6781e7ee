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

    /** The tile's parent, or null at the top. */
    public Tile<T> parentOf(Tile<T> tile) {
        return tile.parent() < 0 ? null : tiles.get(tile.parent());
    }
}
