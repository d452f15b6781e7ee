package io.modcache.clean;

import java.nio.file.Path;
import java.util.List;

/**
 * Exactly what a deletion will remove, shown to the user before anything happens.
 *
 * @param root       the cache root
 * @param scope      how much of each version goes
 * @param entries    what goes
 * @param warnings   what the user should know first
 * @param wholeCache whether the selection is the whole cache
 */
public record DeletionPlan(Path root, Scope scope, List<PlanEntry> entries, List<String> warnings, boolean wholeCache) {

    public DeletionPlan {
        entries = List.copyOf(entries);
        warnings = List.copyOf(warnings);
    }

    public long totalBytes() {
        return entries.stream().mapToLong(PlanEntry::bytes).sum();
    }

    public long totalFiles() {
        return entries.stream().mapToLong(PlanEntry::files).sum();
    }

    public long versionCount() {
        return entries.stream().filter(PlanEntry::isVersion).count();
    }
}
