package io.modcache.clean;

import java.util.List;

/** What a deletion did: each entry removed, each that failed and why, and the bytes freed. */
public record DeletionResult(List<Deleted> deleted, List<Failed> failed, long freedBytes, boolean cancelled) {

    public record Deleted(PlanEntry entry, long bytes) {
    }

    public record Failed(PlanEntry entry, String error) {
    }

    public DeletionResult {
        deleted = List.copyOf(deleted);
        failed = List.copyOf(failed);
    }
}
