package io.modcache.cache;

import io.modcache.fs.FileStat;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * An order-independent 128-bit summary of a module version's files: each file's (name, size,
 * mtime, ctime, inode) is mixed into two 64-bit values and summed, so no sorting or string
 * building is needed and parts found by different tasks can be merged. It detects any change to
 * the set of files or their metadata by accident; someone able to forge it could as well rewrite
 * the verification index, so it need not be cryptographic.
 *
 * <p>The scanner and the verifier must compute it over the same things: the names of the parts
 * present, the version's {@code .zip .ziphash .mod .info .partial} files by file name, and every
 * entry (folders too) of its extracted tree by its path relative to the tree.
 */
public final class Fingerprint {

    private long a;
    private long b;
    private long count;

    public void add(String name, long size, long mtimeNanos, long ctimeNanos, long inode) {
        long h = fnv1a(name);
        h = mix(h ^ size);
        h = mix(h ^ mtimeNanos);
        h = mix(h ^ ctimeNanos);
        h = mix(h ^ inode);
        a += h;
        b += mix(h ^ 0x9E3779B97F4A7C15L);
        count++;
    }

    public void add(String name, FileStat stat) {
        add(name, stat.size(), stat.mtimeNanos(), stat.ctimeNanos(), stat.inode());
    }

    /** Adds the line naming which parts of the version exist. */
    public void addParts(Set<CachePart> parts) {
        add("parts " + parts.stream().map(Enum::name).sorted().collect(Collectors.joining(",")), 0, 0, 0, 0);
    }

    public void merge(Fingerprint other) {
        a += other.a;
        b += other.b;
        count += other.count;
    }

    public Fingerprint copy() {
        Fingerprint c = new Fingerprint();
        c.merge(this);
        return c;
    }

    public String value() {
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
