package io.modcache.sumdb;

import java.util.Arrays;

/**
 * A tile of the log's stored hashes (golang.org/x/mod/sumdb/tlog's Tile): height {@code h}, level
 * {@code l} in the tiling, number {@code n} within the level, width {@code w} (2^h when complete).
 */
record Tile(int h, int l, long n, int w) {

    /** A tile and where one stored hash's bytes are in its data. */
    record Span(Tile tile, int start, int end) {
    }

    static Span forIndex(int h, long index) {
        long[] split = Tlog.splitStoredHashIndex(index);
        int level = (int) split[0];
        long n = split[1];
        int l = level / h;
        level -= l * h;
        long tn = n << level >> h;
        n -= tn << h >> level;
        int w = (int) ((n + 1) << level);
        return new Span(new Tile(h, l, tn, w), (int) (n << level) * Tlog.HASH_SIZE, (int) ((n + 1) << level) * Tlog.HASH_SIZE);
    }

    boolean complete() {
        return w == 1 << h;
    }

    Tile full() {
        return new Tile(h, l, n, 1 << h);
    }

    /** The tile {@code k} levels up that holds this one's hash, cut to a tree of {@code treeSize} records; null when past it. */
    Tile parent(int k, long treeSize) {
        int pl = l + k;
        long pn = n >> (k * h);
        int pw = 1 << h;
        long max = treeSize >> (pl * h);
        if ((pn << h) + pw >= max) {
            if (pn << h >= max) {
                return null;
            }
            pw = (int) (max - (pn << h));
        }
        return new Tile(h, pl, pn, pw);
    }

    /** The stored hash {@code index} from this tile's data (a subtree's hash when the index is above the tile's bottom). */
    byte[] hash(byte[] data, long index) throws SumdbException {
        if (data.length < w * Tlog.HASH_SIZE) {
            throw new SumdbException("tile " + path() + " is too short");
        }
        Span s = forIndex(h, index);
        if (s.tile().l != l || s.tile().n != n || w < s.tile().w) {
            throw new SumdbException("hash " + index + " is not in tile " + path());
        }
        return treeHash(data, s.start(), s.end());
    }

    static byte[] treeHash(byte[] data, int from, int to) {
        if (to - from == Tlog.HASH_SIZE) {
            return Arrays.copyOfRange(data, from, to);
        }
        int mid = from + (to - from) / 2;
        return Tlog.nodeHash(treeHash(data, from, mid), treeHash(data, mid, to));
    }

    /** Its path below the database's folder, as go names it: {@code tile/8/0/x001/234.p/5}. */
    String path() {
        long rest = n;
        StringBuilder number = new StringBuilder(String.format("%03d", rest % 1000));
        while (rest >= 1000) {
            rest /= 1000;
            number.insert(0, String.format("x%03d/", rest % 1000));
        }
        return "tile/" + h + "/" + (l == -1 ? "data" : String.valueOf(l)) + "/" + number + (complete() ? "" : ".p/" + w);
    }
}
