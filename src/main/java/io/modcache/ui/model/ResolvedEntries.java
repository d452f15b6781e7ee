package io.modcache.ui.model;

import io.modcache.cache.ModuleVersion;
import io.modcache.cache.OtherEntry;

import io.modcache.cache.EntryId;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What a selection stands for in the model: versions (a module for all of its) and other entries. */
public record ResolvedEntries(List<ModuleVersion> versions, List<OtherEntry> others) {

    public ResolvedEntries {
        versions = List.copyOf(versions);
        others = List.copyOf(others);
    }

    static ResolvedEntries of(CacheModel model, Collection<EntryId> ids) {
        Set<ModuleVersion> vs = new LinkedHashSet<>();
        List<OtherEntry> os = new ArrayList<>();
        for (EntryId id : ids) {
            CacheRow row = model.find(id);
            if (row == null) {
                continue;
            }
            switch (row.kind()) {
                case VERSION -> vs.add(row.moduleVersion());
                case MODULE -> row.versions().forEach(v -> vs.add(v.moduleVersion()));
                case OTHER -> os.add(row.otherEntry());
            }
        }
        return new ResolvedEntries(List.copyOf(vs), os);
    }

    public long versionBytes() {
        return versions.stream().mapToLong(ModuleVersion::bytes).sum();
    }

    public boolean isEmpty() {
        return versions.isEmpty() && others.isEmpty();
    }
}
