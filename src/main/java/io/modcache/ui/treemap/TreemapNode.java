package io.modcache.ui.treemap;

import java.util.List;

/**
 * What a treemap shows, built on the UI thread and then only read: a leaf weighs its bytes and has
 * a colour; a group weighs what its children weigh. Plain Java (no JavaFX), so layout and rendering
 * run on any thread and are tested without a toolkit.
 *
 * @param item     what the tile stands for (an id the views share)
 * @param label    the words on the tile
 * @param weight   bytes
 * @param argb     the fill of a leaf; the frame of a group
 * @param children a group's children; empty for a leaf
 */
public record TreemapNode<T>(T item, String label, long weight, int argb, List<TreemapNode<T>> children) {

    public TreemapNode {
        children = List.copyOf(children);
        if (weight < 0) {
            throw new IllegalArgumentException("negative weight " + weight + " for " + label);
        }
    }

    public static <T> TreemapNode<T> leaf(T item, String label, long weight, int argb) {
        return new TreemapNode<>(item, label, weight, argb, List.of());
    }

    /** A group weighing the sum of its children. */
    public static <T> TreemapNode<T> group(T item, String label, int argb, List<TreemapNode<T>> children) {
        return new TreemapNode<>(item, label, children.stream().mapToLong(TreemapNode::weight).sum(), argb, children);
    }

    public boolean isLeaf() {
        return children.isEmpty();
    }
}
