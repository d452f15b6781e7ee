package io.modcache.clean;

import io.modcache.fs.FileCount;

import java.nio.file.Path;
import java.util.List;

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

    public boolean succeeded() {
        return failed.isEmpty() && housekeeping.isEmpty() && !cancelled;
    }
}
