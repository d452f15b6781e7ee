package io.modcache.ui.model;

import io.modcache.cache.CacheModule;
import io.modcache.cache.CacheScan;
import io.modcache.cache.CacheTotals;
import io.modcache.cache.EntryId;
import io.modcache.cache.ModuleVersion;
import io.modcache.cache.OtherEntry;
import io.modcache.cache.VersionId;
import io.modcache.clean.PlanEntry;
import io.modcache.projects.ProjectNeeds;
import io.modcache.verify.Verdict;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rows of the cache and how each event (a batch of a scan, its end, verdicts, project needs, a
 * deletion) changes them, each change returned as the {@link CacheChange} the views will hear.
 * {@link CacheModel} owns it and announces what it returns.
 */
final class CacheRows {

    private final RowIndex rows = new RowIndex();
    /** Bytes and files of modules left with only lock files and lists: counted, never shown as a module. */
    private long leftoverBytes;
    private long leftoverFiles;

    void clear() {
        rows.clear();
        leftoverBytes = 0;
        leftoverFiles = 0;
    }

    CacheChange markAllStale() {
        Set<CacheRow> updated = new LinkedHashSet<>();
        rows.modules().forEach(m -> {
            m.setStale(true);
            m.versions().forEach(v -> v.setStale(true));
            updated.add(m);
            updated.addAll(m.versions());
        });
        rows.others().forEach(o -> {
            o.setStale(true);
            updated.add(o);
        });
        return new CacheChange(List.of(), List.of(), updated, false);
    }

    /** Adds versions, or replaces the values of those reported again; new rows get what {@code needs} says of them. */
    void putVersions(List<ModuleVersion> batch, boolean stale, ProjectNeeds needs, List<CacheRow> added, Set<CacheRow> updated) {
        Set<CacheRow> touched = new LinkedHashSet<>();
        for (ModuleVersion v : batch) {
            CacheRow module = rows.moduleFor(v.path(), added);
            module.setStale(stale);
            CacheRow existing = rows.version(v.id());
            if (existing != null) {
                existing.update(v);
                existing.setStale(stale);
                updated.add(existing);
            } else {
                CacheRow row = CacheRow.version(v);
                row.setStale(stale);
                row.setUsedBy(new UsedBy(needs.usedBy(v.id())));
                rows.addVersion(module, row);
                added.add(row);
            }
            touched.add(module);
        }
        touched.forEach(CacheRow::aggregate);
        updated.addAll(touched);
    }

    /** Adds other entries, or replaces the values of those reported again. */
    void putOthers(List<OtherEntry> batch, boolean stale, List<CacheRow> added, Set<CacheRow> updated) {
        for (OtherEntry o : batch) {
            CacheRow existing = rows.other(o.path());
            if (existing != null) {
                existing.updateOther(o);
                existing.setStale(stale);
                updated.add(existing);
            } else {
                CacheRow row = CacheRow.other(o);
                row.setStale(stale);
                rows.addOther(row);
                added.add(row);
            }
        }
    }

    /** Removes what an earlier scan showed and the finished one did not find; rows it found but did not stream are refreshed. */
    CacheChange dropStale(CacheScan finished) {
        Map<VersionId, ModuleVersion> found = new HashMap<>();
        finished.modules().forEach(m -> m.versions().forEach(v -> found.put(v.id(), v)));
        Map<String, OtherEntry> foundOthers = new HashMap<>();
        finished.other().forEach(o -> foundOthers.put(o.path(), o));
        List<CacheRow> removed = new ArrayList<>();
        Set<CacheRow> updated = new LinkedHashSet<>();
        for (CacheRow module : List.copyOf(rows.modules())) {
            // a module the scan streamed in full is settled: at the end of a scan that is most of them
            boolean changed = module.isStale();
            for (CacheRow v : List.copyOf(module.versions())) {
                if (!v.isStale()) {
                    continue;
                }
                changed = true;
                ModuleVersion now = found.get((VersionId) v.id());
                if (now == null) {
                    rows.removeVersion(module, v);
                    removed.add(v);
                } else {
                    v.update(now);
                    v.setStale(false);
                    updated.add(v);
                }
            }
            if (!changed) {
                continue;
            }
            module.setStale(false);
            if (module.versions().isEmpty()) {
                rows.removeModule(module);
                removed.add(module);
            } else {
                module.aggregate();
                updated.add(module);
            }
        }
        for (CacheRow other : List.copyOf(rows.others())) {
            if (other.isStale()) {
                OtherEntry now = foundOthers.get(other.name());
                if (now == null) {
                    rows.removeOther(other.name());
                    removed.add(other);
                } else {
                    other.updateOther(now);
                    other.setStale(false);
                    updated.add(other);
                }
            }
        }
        updated.removeAll(removed);
        return new CacheChange(List.of(), removed, updated, false);
    }

    /** The finished scan's versions no batch brought; counts the modules left with only lock files and lists on the way. */
    List<ModuleVersion> missingFrom(CacheScan finished) {
        List<ModuleVersion> missing = new ArrayList<>();
        leftoverBytes = 0;
        leftoverFiles = 0;
        for (CacheModule m : finished.modules()) {
            if (m.versions().isEmpty()) {
                leftoverBytes += m.ownBytes();
                leftoverFiles += m.ownFiles();
                continue;
            }
            m.versions().stream().filter(v -> !rows.hasVersion(v.id())).forEach(missing::add);
        }
        return missing;
    }

    /** The finished scan's other entries no batch brought. */
    List<OtherEntry> othersMissingFrom(CacheScan finished) {
        return finished.other().stream().filter(o -> !rows.hasOther(o.path())).toList();
    }

    /** Module-level files (such as {@code @v/list}) onto their module rows. */
    CacheChange moduleFilesFrom(CacheScan finished) {
        Set<CacheRow> updated = new LinkedHashSet<>();
        for (CacheModule m : finished.modules()) {
            CacheRow row = rows.module(m.path());
            if (row != null && row.setOwnFiles(m.ownBytes(), m.ownFiles())) {
                row.aggregate();
                updated.add(row);
            }
        }
        return new CacheChange(List.of(), List.of(), updated, false);
    }

    CacheChange applyVerdicts(Collection<Map.Entry<VersionId, Verdict>> batch) {
        Set<CacheRow> updated = new LinkedHashSet<>();
        for (Map.Entry<VersionId, Verdict> e : batch) {
            CacheRow row = rows.version(e.getKey());
            if (row != null) {
                row.applyVerdict(e.getValue());
                updated.add(row);
                updated.add(rows.module(row.modulePath()));
            }
        }
        updated.stream().filter(r -> r.kind() == CacheRow.Kind.MODULE).forEach(CacheRow::aggregate);
        return new CacheChange(List.of(), List.of(), updated, false);
    }

    CacheChange applyNeeds(ProjectNeeds projectNeeds) {
        Set<CacheRow> updated = new LinkedHashSet<>();
        for (CacheRow module : rows.modules()) {
            for (CacheRow v : module.versions()) {
                v.setUsedBy(new UsedBy(projectNeeds.usedBy((VersionId) v.id())));
                updated.add(v);
            }
            module.aggregate();
            updated.add(module);
        }
        return new CacheChange(List.of(), List.of(), updated, false);
    }

    CacheChange applyDeletion(List<PlanEntry> deleted) {
        List<CacheRow> removed = new ArrayList<>();
        Set<CacheRow> updated = new LinkedHashSet<>();
        for (PlanEntry e : deleted) {
            if (!e.isVersion()) {
                CacheRow other = rows.removeOther(e.path());
                if (other != null) {
                    removed.add(other);
                }
                continue;
            }
            CacheRow row = rows.version(new VersionId(e.path(), e.version()));
            if (row == null) {
                continue;
            }
            CacheRow module = rows.module(row.modulePath());
            if (e.scope().removesMetadata()) {
                rows.removeVersion(module, row);
                removed.add(row);
            } else {
                row.update(row.moduleVersion().without(e.parts(), e.bytes(), e.files()));
                updated.add(row);
            }
            updated.add(module);
        }
        for (CacheRow module : List.copyOf(updated)) {
            if (module.kind() != CacheRow.Kind.MODULE) {
                continue;
            }
            if (module.versions().isEmpty()) {
                rows.removeModule(module);
                removed.add(module);
                updated.remove(module);
            } else {
                module.aggregate();
            }
        }
        updated.removeAll(removed);
        return new CacheChange(List.of(), removed, updated, false);
    }

    Collection<CacheRow> modules() {
        return rows.modules();
    }

    Collection<CacheRow> others() {
        return rows.others();
    }

    CacheRow find(EntryId id) {
        return rows.find(id);
    }

    List<ModuleVersion> versions() {
        List<ModuleVersion> out = new ArrayList<>(rows.versionCount());
        rows.modules().forEach(m -> m.versions().forEach(v -> out.add(v.moduleVersion())));
        return out;
    }

    boolean hasVersions() {
        return rows.versionCount() > 0;
    }

    CacheTotals totals() {
        long files = leftoverFiles;
        long bytes = leftoverBytes;
        for (CacheRow m : rows.modules()) {
            files += m.filesProperty().get();
            bytes += m.bytes();
        }
        for (CacheRow o : rows.others()) {
            files += o.filesProperty().get();
            bytes += o.bytes();
        }
        return new CacheTotals(rows.moduleCount(), rows.versionCount(), files, bytes);
    }
}
