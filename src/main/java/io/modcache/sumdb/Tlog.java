package io.modcache.sumdb;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * The hashing of the checksum database's transparent log, as golang.org/x/mod/sumdb/tlog does it:
 * record and node hashes (SHA-256 with a 0 or 1 prefix) and the numbering of the hashes it stores,
 * level by level, in one sequence.
 */
final class Tlog {

    static final int HASH_SIZE = 32;

    private Tlog() {
    }

    static byte[] recordHash(byte[] data) {
        MessageDigest d = sha256();
        d.update((byte) 0);
        d.update(data);
        return d.digest();
    }

    static byte[] nodeHash(byte[] left, byte[] right) {
        MessageDigest d = sha256();
        d.update((byte) 1);
        d.update(left);
        d.update(right);
        return d.digest();
    }

    /** Where the hash of node {@code n} at {@code level} is in the stored sequence. */
    static long storedHashIndex(int level, long n) {
        for (int l = level; l > 0; l--) {
            n = 2 * n + 1;
        }
        long i = 0;
        for (; n > 0; n >>= 1) {
            i += n;
        }
        return i + level;
    }

    /** The (level, n) of a stored hash index: {@code storedHashIndex}'s inverse. */
    static long[] splitStoredHashIndex(long index) {
        long n = index / 2;
        long indexN = storedHashIndex(0, n);
        if (indexN > index) {
            throw new IllegalStateException("bad math");
        }
        while (true) {
            long x = indexN + 1 + Long.numberOfTrailingZeros(n + 1);
            if (x > index) {
                break;
            }
            n++;
            indexN = x;
        }
        int level = (int) (index - indexN);
        return new long[] {level, n >> level};
    }

    /** The stored hashes whose combination is the hash of records [lo, hi): the tree's complete subtrees, left to right. */
    static List<Long> subTreeIndex(long lo, long hi) {
        List<Long> need = new ArrayList<>();
        while (lo < hi) {
            int level = 0;
            while (1L << (level + 1) < hi - lo + 1) {
                level++;
            }
            long k = 1L << level;
            if ((lo & (k - 1)) != 0) {
                throw new IllegalStateException("bad math in subTreeIndex");
            }
            need.add(storedHashIndex(level, lo >> level));
            lo += k;
        }
        return need;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
