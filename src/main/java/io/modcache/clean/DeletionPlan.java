package io.modcache.clean;

import java.nio.file.Path;
import java.util.List;

/**
 * Exactly what a deletion will remove, shown to the user before anything happens.
 *
 * @param root       the cache root
 * @param scope      how much of each version goes
 * @param entries    what goes
 * @param unplanned  what was selected but cannot be deleted, with the reason
 * @param warnings   what the user should know first
 * @param wholeCache whether the selection is the whole cache: then whatever remains afterwards
 *                   (lock files, module lists, entries with unusable names) goes too, as with
 *                   {@code go clean -modcache}
 */
public record DeletionPlan(Path root, Scope scope, List<PlanEntry> entries, List<Unplanned> unplanned, List<String> warnings,
                           boolean wholeCache) {

    public DeletionPlan {
        entries = List.copyOf(entries);
        unplanned = List.copyOf(unplanned);
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

    /** Entries that are not module versions (VCS clones, the checksum database's cache, unknown files). */
    public long otherCount() {
        return entries.size() - versionCount();
    }

    /**
     * What goes, in words: "3 versions", "2 other entries", "3 versions and 2 other entries";
     * {@code counted} turns a bundle's {@code count.*} key and a count into words.
     */
    public String what(java.util.function.BiFunction<String, Long, String> counted) {
        String versions = counted.apply("count.version", versionCount());
        String others = counted.apply("count.otherEntry", otherCount());
        if (otherCount() == 0) {
            return versions;
        }
        return versionCount() == 0 ? others : io.modcache.text.Text.get("plan.what", versions, others);
    }
}
