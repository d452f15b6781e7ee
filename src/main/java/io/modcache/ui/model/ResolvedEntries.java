package io.modcache.ui.model;

import io.modcache.cache.ModuleVersion;
import io.modcache.cache.OtherEntry;

import java.util.List;

/** What a selection stands for in the model: versions (a module for all of its) and other entries. */
public record ResolvedEntries(List<ModuleVersion> versions, List<OtherEntry> others) {

    public ResolvedEntries {
        versions = List.copyOf(versions);
        others = List.copyOf(others);
    }

    public long versionBytes() {
        return versions.stream().mapToLong(ModuleVersion::bytes).sum();
    }

    public boolean isEmpty() {
        return versions.isEmpty() && others.isEmpty();
    }
}
