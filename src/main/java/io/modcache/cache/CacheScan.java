package io.modcache.cache;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * The result of scanning a module cache.
 *
 * @param root        the cache root that was scanned
 * @param scannedAt   when the scan started
 * @param modules     modules sorted by path
 * @param other       non-module entries
 * @param totalFiles  every regular file under the root
 * @param totalBytes  apparent size of every regular file under the root
 * @param layout      whether the folder looks like a module cache
 */
public record CacheScan(Path root, Instant scannedAt, List<CacheModule> modules, List<OtherEntry> other,
                        long totalFiles, long totalBytes, Layout layout) {

    /** What kind of folder was scanned. */
    public enum Layout {
        /** Has {@code cache/download} or extracted module trees. */
        MODULE_CACHE,
        /** Exists and holds nothing. */
        EMPTY,
        /** Holds files, but nothing a module cache is made of. */
        NOT_A_MODULE_CACHE
    }

    public CacheScan {
        modules = List.copyOf(modules);
        other = List.copyOf(other);
    }

    public long versionCount() {
        return modules.stream().mapToLong(m -> m.versions().size()).sum();
    }
}
