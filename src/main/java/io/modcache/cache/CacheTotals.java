package io.modcache.cache;

/**
 * Counts of a cache as the status bar, the history and {@code scan} show them.
 *
 * @param modules  modules with at least one cached version
 * @param versions cached versions
 * @param files    every regular file under the root
 * @param bytes    their apparent size
 */
public record CacheTotals(long modules, long versions, long files, long bytes) {

    public static CacheTotals of(CacheScan scan) {
        return new CacheTotals(scan.modules().stream().filter(m -> !m.versions().isEmpty()).count(), scan.versionCount(),
                scan.totalFiles(), scan.totalBytes());
    }

    /** What is left after {@code versions} versions of {@code files} files and {@code bytes} bytes went, {@code modules} of them entirely. */
    public CacheTotals minus(long goneModules, long goneVersions, long goneFiles, long goneBytes) {
        return new CacheTotals(Math.max(0, modules - goneModules), Math.max(0, versions - goneVersions),
                Math.max(0, files - goneFiles), Math.max(0, bytes - goneBytes));
    }
}
