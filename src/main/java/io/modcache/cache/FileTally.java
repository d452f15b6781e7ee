package io.modcache.cache;

import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/** Sizes, counts, newest access time and problems of a set of files; used by one thread at a time. */
final class FileTally {

    long bytes;
    long files;
    long newestAccessMillis = Long.MIN_VALUE;
    final List<String> problems = new ArrayList<>(0);

    void addFile(BasicFileAttributes attrs) {
        bytes += attrs.size();
        files++;
        long atime = attrs.lastAccessTime().toMillis();
        if (atime > newestAccessMillis) {
            newestAccessMillis = atime;
        }
    }

    void add(FileTally other) {
        bytes += other.bytes;
        files += other.files;
        newestAccessMillis = Math.max(newestAccessMillis, other.newestAccessMillis);
        problems.addAll(other.problems);
    }

    boolean isEmpty() {
        return files == 0 && problems.isEmpty();
    }
}
