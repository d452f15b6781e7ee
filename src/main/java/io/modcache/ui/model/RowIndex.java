package io.modcache.ui.model;

import io.modcache.cache.EntryId;
import io.modcache.cache.VersionId;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows by key: modules by path (in the order they came), versions by id, other entries by
 * path. Adding or removing a version keeps its module row's list in step; what the rows say is
 * {@link CacheRows}' business.
 */
final class RowIndex {

    private final Map<String, CacheRow> modules = new LinkedHashMap<>();
    private final Map<VersionId, CacheRow> versions = new HashMap<>();
    private final Map<String, CacheRow> others = new LinkedHashMap<>();

    void clear() {
        modules.clear();
        versions.clear();
        others.clear();
    }

    CacheRow module(String path) {
        return modules.get(path);
    }

    CacheRow version(VersionId id) {
        return versions.get(id);
    }

    CacheRow other(String path) {
        return others.get(path);
    }

    /** The module row of {@code path}, made and added to {@code added} when there was none. */
    CacheRow moduleFor(String path, List<CacheRow> added) {
        CacheRow module = modules.get(path);
        if (module == null) {
            module = CacheRow.module(path);
            modules.put(path, module);
            added.add(module);
        }
        return module;
    }

    void addVersion(CacheRow module, CacheRow row) {
        versions.put((VersionId) row.id(), row);
        module.addVersion(row);
    }

    void removeVersion(CacheRow module, CacheRow row) {
        versions.remove(row.id());
        module.mutableVersions().remove(row);
    }

    void removeModule(CacheRow module) {
        modules.remove(module.name());
    }

    void addOther(CacheRow row) {
        others.put(row.name(), row);
    }

    CacheRow removeOther(String path) {
        return others.remove(path);
    }

    Collection<CacheRow> modules() {
        return Collections.unmodifiableCollection(modules.values());
    }

    Collection<CacheRow> others() {
        return Collections.unmodifiableCollection(others.values());
    }

    boolean hasVersion(VersionId id) {
        return versions.containsKey(id);
    }

    boolean hasOther(String path) {
        return others.containsKey(path);
    }

    int moduleCount() {
        return modules.size();
    }

    int versionCount() {
        return versions.size();
    }

    CacheRow find(EntryId id) {
        if (id instanceof VersionId v) {
            return versions.get(v);
        }
        if (id instanceof EntryId.Module m) {
            return modules.get(m.path());
        }
        return others.get(((EntryId.Other) id).path());
    }
}
