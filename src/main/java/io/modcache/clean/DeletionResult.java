package io.modcache.clean;

import io.modcache.cache.CacheScan;
import io.modcache.cache.CacheTotals;
import io.modcache.fs.FileCount;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a deletion did: each entry removed, each that failed and why, the bookkeeping that failed
 * (an {@code @v/list} that could not be rewritten), what the final sweep of a whole-cache deletion
 * removed, the bytes freed, and how many versions were in flight for most of the time.
 */
public record DeletionResult(List<Deleted> deleted, List<Failed> failed, List<Housekeeping> housekeeping, FileCount swept,
                             long freedBytes, boolean cancelled, int concurrency) {

    public record Deleted(PlanEntry entry, long bytes) {
    }

    public record Failed(PlanEntry entry, String error) {
    }

    /** A file the deletion maintains besides the entries (a module's {@code @v/list}) that it could not. */
    public record Housekeeping(Path file, String error) {
    }

    public DeletionResult {
        deleted = List.copyOf(deleted);
        failed = List.copyOf(failed);
        housekeeping = List.copyOf(housekeeping);
    }

    /** The cache's totals after this deletion, from those of the scan it was planned on. */
    public CacheTotals totalsAfter(CacheScan before) {
        Map<String, Long> versionsGone = new HashMap<>();
        long files = swept.files();
        long bytes = swept.bytes();
        for (Deleted d : deleted) {
            files += d.entry().files();
            bytes += d.bytes();
            if (d.entry().isVersion() && d.entry().scope().removesMetadata()) {
                versionsGone.merge(d.entry().path(), 1L, Long::sum);
            }
        }
        long modulesGone = before.modules().stream()
                .filter(m -> !m.versions().isEmpty() && versionsGone.getOrDefault(m.path(), 0L) >= m.versions().size()).count();
        long versions = versionsGone.values().stream().mapToLong(Long::longValue).sum();
        return CacheTotals.of(before).minus(modulesGone, versions, files, bytes);
    }

    public boolean succeeded() {
        return failed.isEmpty() && housekeeping.isEmpty() && !cancelled;
    }
}
