package io.modcache.sumdb;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Proves that a record is in a signed tree from cached tiles, as golang.org/x/mod/sumdb/tlog's
 * tile hash reader does: the tiles on the tree's right edge must hash to the signed root, each
 * tile below them must hash to the entry its parent tile has for it, and the record's own hash
 * must be the one its bottom tile holds.
 */
final class InclusionCheck {

    static final int HEIGHT = 8;

    private InclusionCheck() {
    }

    /** What the check found: proven, or why not (tiles missing is not an error: it is "unknown"). */
    record Outcome(boolean proven, boolean tilesMissing, String detail) {
    }

    static Outcome check(TreeHead tree, long recordId, byte[] recordText, TileSource tiles) throws IOException {
        if (recordId >= tree.size()) {
            return new Outcome(false, false, "record " + recordId + " is not in the tree of size " + tree.size());
        }
        List<Tile> order = new ArrayList<>();
        Map<Tile, Integer> index = new HashMap<>();
        List<Long> stx = Tlog.subTreeIndex(0, tree.size());
        int[] stxTile = new int[stx.size()];
        for (int i = 0; i < stx.size(); i++) {
            Tile t = Tile.forIndex(HEIGHT, stx.get(i)).tile().parent(0, tree.size());
            stxTile[i] = index.computeIfAbsent(t, k -> {
                order.add(k);
                return order.size() - 1;
            });
        }
        long x = Tlog.storedHashIndex(0, recordId);
        Tile leaf = Tile.forIndex(HEIGHT, x).tile();
        int k = 0;
        while (!index.containsKey(leaf.parent(k, tree.size()))) {
            k++;
        }
        int leafTile = k == 0 ? index.get(leaf.parent(0, tree.size())) : -1;
        for (k--; k >= 0; k--) {
            Tile p = leaf.parent(k, tree.size());
            if (!p.complete()) {
                return new Outcome(false, false, "bad tile math for record " + recordId);
            }
            index.put(p, order.size());
            order.add(p);
            if (k == 0) {
                leafTile = order.size() - 1;
            }
        }
        byte[][] data = new byte[order.size()][];
        for (int i = 0; i < order.size(); i++) {
            data[i] = tiles.read(order.get(i));
            if (data[i] == null) {
                return new Outcome(false, true, "tile " + order.get(i).path() + " is not cached");
            }
            if (data[i].length != order.get(i).w() * Tlog.HASH_SIZE) {
                return new Outcome(false, false, "tile " + order.get(i).path() + " has the wrong size");
            }
        }
        try {
            byte[] root = order.get(stxTile[stx.size() - 1]).hash(data[stxTile[stx.size() - 1]], stx.get(stx.size() - 1));
            for (int i = stx.size() - 2; i >= 0; i--) {
                root = Tlog.nodeHash(order.get(stxTile[i]).hash(data[stxTile[i]], stx.get(i)), root);
            }
            if (!Arrays.equals(root, tree.hash())) {
                return new Outcome(false, false, "the cached tiles do not hash to the signed tree head");
            }
            for (int i = stx.size(); i < order.size(); i++) {
                Tile t = order.get(i);
                Tile p = t.parent(1, tree.size());
                Integer j = index.get(p);
                if (j == null) {
                    return new Outcome(false, false, "bad tile math: no parent for " + t.path());
                }
                byte[] expected = p.hash(data[j], Tlog.storedHashIndex(p.l() * p.h(), t.n()));
                if (!Arrays.equals(expected, Tile.treeHash(data[i], 0, data[i].length))) {
                    return new Outcome(false, false, "cached tile " + t.path() + " is inconsistent with the tree");
                }
            }
            byte[] stored = order.get(leafTile).hash(data[leafTile], x);
            if (!Arrays.equals(stored, Tlog.recordHash(recordText))) {
                return new Outcome(false, false, "record " + recordId + " is not the one the tree holds");
            }
        } catch (SumdbException e) {
            return new Outcome(false, false, e.getMessage());
        }
        return new Outcome(true, false, "");
    }
}
