package io.modcache.verify;

/**
 * An order-independent 128-bit summary of file stamps: each file's (name, size, mtime, ctime,
 * inode) is mixed into two 64-bit values and summed, so no sorting or string building is needed.
 * It detects any change to the set of files or their metadata by accident; someone able to forge
 * it could as well rewrite the index, so it need not be cryptographic.
 */
final class Fingerprint {

    private long a;
    private long b;
    private long count;

    void add(String name, long size, long mtimeNanos, long ctimeNanos, long inode) {
        long h = fnv1a(name);
        h = mix(h ^ size);
        h = mix(h ^ mtimeNanos);
        h = mix(h ^ ctimeNanos);
        h = mix(h ^ inode);
        a += h;
        b += mix(h ^ 0x9E3779B97F4A7C15L);
        count++;
    }

    void add(FileStamp s) {
        add(s.name(), s.size(), s.mtimeNanos(), s.ctimeNanos(), s.inode());
    }

    void add(String text) {
        add(text, 0, 0, 0, 0);
    }

    String value() {
        return String.format("%016x%016x-%d", a, b, count);
    }

    /** SplitMix64's finalizer. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static long fnv1a(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }
}
