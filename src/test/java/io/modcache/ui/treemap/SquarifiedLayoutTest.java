package io.modcache.ui.treemap;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class SquarifiedLayoutTest {

    private static final double EPS = 1e-6;

    /** A cache-like tree: modules of 1 to 12 versions, sizes spread over four orders of magnitude. */
    private static TreemapNode<String> cacheLike(int modules, long seed) {
        Random random = new Random(seed);
        List<TreemapNode<String>> groups = new ArrayList<>();
        for (int m = 0; m < modules; m++) {
            List<TreemapNode<String>> versions = new ArrayList<>();
            long base = (long) Math.pow(10, 3 + random.nextInt(4));
            for (int v = 0, n = 1 + random.nextInt(12); v < n; v++) {
                versions.add(TreemapNode.leaf("m" + m + "@v" + v, "v" + v, base + random.nextInt((int) base), 0));
            }
            groups.add(TreemapNode.group("m" + m, "m" + m, 0, versions));
        }
        return TreemapNode.group("root", "", 0, groups);
    }

    @Test
    void leafAreasAreProportionalToBytesWithinOnePercent() {
        TreemapNode<String> root = cacheLike(200, 1);
        TreemapLayout<String> layout = SquarifiedLayout.layout(root, 1200, 700, SquarifiedLayout.Options.NONE);

        double total = 1200.0 * 700;
        List<Tile<String>> leaves = layout.tiles().stream().filter(Tile::isLeaf).toList();
        assertThat(leaves).hasSize((int) root.children().stream().mapToLong(g -> g.children().size()).sum());
        for (Tile<String> leaf : leaves) {
            double expected = total * leaf.node().weight() / root.weight();
            assertThat(leaf.area()).as(leaf.node().item()).isCloseTo(expected, org.assertj.core.data.Percentage.withPercentage(1));
        }
    }

    @Test
    void siblingsNeverOverlapAndEveryTileLiesInsideItsParent() {
        TreemapNode<String> root = cacheLike(120, 2);
        TreemapLayout<String> layout = SquarifiedLayout.layout(root, 900, 600, new SquarifiedLayout.Options(2, 14));
        List<Tile<String>> tiles = layout.tiles();

        for (int i = 0; i < tiles.size(); i++) {
            Tile<String> t = tiles.get(i);
            assertThat(t.w()).isPositive();
            assertThat(t.h()).isPositive();
            Tile<String> parent = layout.parentOf(t);
            double px = parent == null ? 0 : parent.x();
            double py = parent == null ? 0 : parent.y();
            double pw = parent == null ? 900 : parent.w();
            double ph = parent == null ? 600 : parent.h();
            assertThat(t.x()).isGreaterThanOrEqualTo(px - EPS);
            assertThat(t.y()).isGreaterThanOrEqualTo(py - EPS);
            assertThat(t.x() + t.w()).isLessThanOrEqualTo(px + pw + EPS);
            assertThat(t.y() + t.h()).isLessThanOrEqualTo(py + ph + EPS);
            for (int j = i + 1; j < tiles.size(); j++) {
                Tile<String> u = tiles.get(j);
                if (u.parent() == t.parent()) {
                    double overlapW = Math.min(t.x() + t.w(), u.x() + u.w()) - Math.max(t.x(), u.x());
                    double overlapH = Math.min(t.y() + t.h(), u.y() + u.h()) - Math.max(t.y(), u.y());
                    assertThat(overlapW <= EPS || overlapH <= EPS).as(t.node().item() + " and " + u.node().item()).isTrue();
                }
            }
        }
    }

    @Test
    void siblingsFillTheirParentsInnerArea() {
        TreemapNode<String> root = cacheLike(50, 3);
        TreemapLayout<String> layout = SquarifiedLayout.layout(root, 800, 500, SquarifiedLayout.Options.NONE);

        double top = layout.tiles().stream().filter(t -> t.parent() < 0).mapToDouble(Tile::area).sum();
        assertThat(top).isCloseTo(800.0 * 500, org.assertj.core.data.Offset.offset(1e-3));
    }

    @Test
    void squarifiedTilesAreCloserToSquaresThanSliceAndDiceOnASkewedInput() {
        List<TreemapNode<String>> skewed = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            skewed.add(TreemapNode.leaf("v" + i, "v" + i, (long) (1_000_000 / Math.pow(1.25, i)) + 1, 0));
        }
        TreemapNode<String> root = TreemapNode.group("root", "", 0, skewed);

        List<Tile<String>> squarified = SquarifiedLayout.layout(root, 1000, 600, SquarifiedLayout.Options.NONE).tiles();
        List<Tile<String>> sliced = sliceAndDice(skewed, 1000, 600);

        double squarifiedMean = squarified.stream().mapToDouble(Tile::aspectRatio).average().orElseThrow();
        double slicedMean = sliced.stream().mapToDouble(Tile::aspectRatio).average().orElseThrow();
        assertThat(squarifiedMean).isLessThan(3);
        assertThat(squarifiedMean).isLessThan(slicedMean / 10);
        assertThat(squarified.stream().mapToDouble(Tile::aspectRatio).max().orElseThrow())
                .isLessThan(sliced.stream().mapToDouble(Tile::aspectRatio).max().orElseThrow());
    }

    @Test
    void theTileUnderAPointIsTheDeepestAndEveryItemCanBeFound() {
        TreemapNode<String> root = cacheLike(30, 4);
        TreemapLayout<String> layout = SquarifiedLayout.layout(root, 600, 400, new SquarifiedLayout.Options(1, 0));

        for (Tile<String> t : layout.tiles()) {
            assertThat(layout.tileOf(t.node().item())).isSameAs(t);
            if (t.isLeaf()) {
                assertThat(layout.tileAt(t.x() + t.w() / 2, t.y() + t.h() / 2)).isSameAs(t);
            }
        }
        assertThat(layout.tileAt(-1, 5)).isNull();
        assertThat(layout.tileOf("nothing")).isNull();
    }

    @Test
    void weightlessChildrenAndEmptyAreasGetNoTiles() {
        TreemapNode<String> root = TreemapNode.group("root", "", 0,
                List.of(TreemapNode.leaf("a", "a", 10, 0), TreemapNode.leaf("zero", "zero", 0, 0)));

        assertThat(SquarifiedLayout.layout(root, 100, 100, SquarifiedLayout.Options.NONE).tiles())
                .extracting(t -> t.node().item()).containsExactly("a");
        assertThat(SquarifiedLayout.layout(root, 0, 100, SquarifiedLayout.Options.NONE).tiles()).isEmpty();
    }

    /** The classic slice-and-dice layout of one level: strips along the longer side. */
    private static List<Tile<String>> sliceAndDice(List<TreemapNode<String>> items, double w, double h) {
        double total = items.stream().mapToDouble(TreemapNode::weight).sum();
        List<Tile<String>> out = new ArrayList<>();
        double x = 0;
        for (TreemapNode<String> n : items) {
            double tw = w * n.weight() / total;
            out.add(new Tile<>(n, x, 0, tw, h, 1, -1));
            x += tw;
        }
        return out;
    }

    @Test
    void arrowKeysMoveToTheTileBesideInEachDirection() {
        TreemapNode<String> root = TreemapNode.group("root", "", 0, List.of(TreemapNode.leaf("a", "a", 100, 0),
                TreemapNode.leaf("b", "b", 100, 0), TreemapNode.leaf("c", "c", 100, 0), TreemapNode.leaf("d", "d", 100, 0)));
        TreemapLayout<String> layout = SquarifiedLayout.layout(root, 200, 200, SquarifiedLayout.Options.NONE);
        Tile<String> topLeft = layout.tileAt(50, 50);
        Tile<String> topRight = layout.tileAt(150, 50);
        Tile<String> bottomLeft = layout.tileAt(50, 150);
        Tile<String> bottomRight = layout.tileAt(150, 150);
        assertThat(java.util.Set.of(topLeft, topRight, bottomLeft, bottomRight)).as("a 2×2 grid").hasSize(4);

        assertThat(layout.neighbour(topLeft, TreemapLayout.Direction.RIGHT)).isSameAs(topRight);
        assertThat(layout.neighbour(topLeft, TreemapLayout.Direction.DOWN)).isSameAs(bottomLeft);
        assertThat(layout.neighbour(bottomRight, TreemapLayout.Direction.UP)).isSameAs(topRight);
        assertThat(layout.neighbour(bottomRight, TreemapLayout.Direction.LEFT)).isSameAs(bottomLeft);
        assertThat(layout.neighbour(topLeft, TreemapLayout.Direction.LEFT)).as("the edge").isNull();
        assertThat(layout.neighbour(topLeft, TreemapLayout.Direction.UP)).isNull();
    }

    @Test
    void aNeighbourLiesWhollyOnItsSideAndStepsEndAtTheEdge() {
        TreemapLayout<String> layout = SquarifiedLayout.layout(cacheLike(80, 3), 900, 600, new SquarifiedLayout.Options(2, 14));
        for (Tile<String> leaf : layout.tiles().stream().filter(Tile::isLeaf).toList()) {
            Tile<String> right = layout.neighbour(leaf, TreemapLayout.Direction.RIGHT);
            if (right != null) {
                assertThat(right.x()).isGreaterThanOrEqualTo(leaf.x() + leaf.w() - 0.5);
            }
            Tile<String> down = layout.neighbour(leaf, TreemapLayout.Direction.DOWN);
            if (down != null) {
                assertThat(down.y()).isGreaterThanOrEqualTo(leaf.y() + leaf.h() - 0.5);
            }
        }
        Tile<String> t = layout.tiles().stream().filter(Tile::isLeaf).findFirst().orElseThrow();
        int steps = 0;
        for (Tile<String> next = t; next != null; next = layout.neighbour(next, TreemapLayout.Direction.RIGHT)) {
            steps++;
        }
        assertThat(steps).isBetween(2, 900);
    }
}
