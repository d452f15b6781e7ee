package io.modcache.ui.treemap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The squarified treemap layout of Bruls, Huizing and van Wijk (2000): children, largest first, are
 * laid in rows along the shorter side of what is left, and a row takes one more child only while
 * that makes its worst aspect ratio no worse. Areas are proportional to weight within each group.
 * A group keeps a frame of {@code padding} pixels and, when it is large enough, a header strip for
 * its label; its children fill the rest. Children of weight 0 get no tile.
 */
public final class SquarifiedLayout {

    /**
     * @param padding      frame of a group, in pixels
     * @param headerHeight height of a group's label strip, in pixels (0: none)
     */
    public record Options(double padding, double headerHeight) {

        public static final Options NONE = new Options(0, 0);

        /** Whether a group this large gets a header strip. */
        public boolean headerFits(double w, double h) {
            return headerHeight > 0 && h >= headerHeight * 3 && w >= headerHeight * 4;
        }
    }

    private SquarifiedLayout() {
    }

    /** Lays out the children of {@code root} (the root itself gets no tile) in {@code width} by {@code height}. */
    public static <T> TreemapLayout<T> layout(TreemapNode<T> root, double width, double height, Options options) {
        List<Tile<T>> tiles = new ArrayList<>();
        if (width > 0 && height > 0 && root.weight() > 0) {
            place(root.children(), 0, 0, width, height, 1, -1, options, tiles);
        }
        return new TreemapLayout<>(tiles, width, height);
    }

    private static <T> void place(List<TreemapNode<T>> children, double x, double y, double w, double h, int depth, int parent,
                                  Options options, List<Tile<T>> out) {
        List<TreemapNode<T>> items = new ArrayList<>(children.stream().filter(c -> c.weight() > 0).toList());
        if (items.isEmpty() || w <= 0 || h <= 0) {
            return;
        }
        items.sort(Comparator.comparingLong((TreemapNode<T> n) -> n.weight()).reversed().thenComparing(TreemapNode::label));
        double total = items.stream().mapToDouble(TreemapNode::weight).sum();
        double scale = w * h / total;
        int i = 0;
        while (i < items.size()) {
            double side = Math.min(w, h);
            int end = i + 1;
            double rowArea = items.get(i).weight() * scale;
            double worst = worst(items.get(i).weight() * scale, items.get(i).weight() * scale, rowArea, side);
            while (end < items.size()) {
                double area = items.get(end).weight() * scale;
                double next = worst(items.get(i).weight() * scale, area, rowArea + area, side);
                if (next > worst) {
                    break;
                }
                worst = next;
                rowArea += area;
                end++;
            }
            if (end == items.size()) {
                rowArea = w * h; // the last row takes what is left, so rounding never leaves a sliver
            }
            if (w >= h) {
                double rowW = Math.min(w, rowArea / h);
                double cy = y;
                for (int k = i; k < end; k++) {
                    double ch = k == end - 1 ? y + h - cy : h * items.get(k).weight() * scale / rowArea;
                    emit(items.get(k), x, cy, rowW, ch, depth, parent, options, out);
                    cy += ch;
                }
                x += rowW;
                w -= rowW;
            } else {
                double rowH = Math.min(h, rowArea / w);
                double cx = x;
                for (int k = i; k < end; k++) {
                    double cw = k == end - 1 ? x + w - cx : w * items.get(k).weight() * scale / rowArea;
                    emit(items.get(k), cx, y, cw, rowH, depth, parent, options, out);
                    cx += cw;
                }
                y += rowH;
                h -= rowH;
            }
            i = end;
        }
    }

    /** The worst aspect ratio of a row of total area {@code sum} along a side of {@code side}, largest and smallest areas given. */
    private static double worst(double largest, double smallest, double sum, double side) {
        double s2 = sum * sum;
        double w2 = side * side;
        return Math.max(w2 * largest / s2, s2 / (w2 * smallest));
    }

    private static <T> void emit(TreemapNode<T> node, double x, double y, double w, double h, int depth, int parent,
                                 Options options, List<Tile<T>> out) {
        out.add(new Tile<>(node, x, y, w, h, depth, parent));
        if (node.isLeaf()) {
            return;
        }
        int self = out.size() - 1;
        double p = options.padding();
        double top = options.headerFits(w, h) ? options.headerHeight() : p;
        place(node.children(), x + p, y + top, w - 2 * p, h - top - p, depth + 1, self, options, out);
    }
}
