package io.modcache.ui.model;

import io.modcache.cache.CacheModule;
import io.modcache.cache.CacheScan;
import io.modcache.cache.CacheTotals;
import io.modcache.cache.EntryId;
import io.modcache.cache.ModuleVersion;
import io.modcache.cache.OtherEntry;
import io.modcache.cache.VersionId;
import io.modcache.clean.PlanEntry;
import io.modcache.history.CacheHistory;
import io.modcache.projects.ProjectNeeds;
import io.modcache.system.AccessTimeTracking;
import io.modcache.verify.Verdict;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the window knows of the cache, independent of any control: modules with their versions,
 * and other entries, as observable {@link CacheRow}s keyed by {@link EntryId}. Scans, verdicts and
 * deletions change it in batches; every view (tree, treemap, rule panel, preview) reads it and
 * hears each batch as one {@link CacheChange}. Lives on the UI thread.
 */
public final class CacheModel {

    /** Hears every batch, after it was applied. */
    @FunctionalInterface
    public interface Listener {
        void changed(CacheChange change);
    }

    private final Map<String, CacheRow> modules = new LinkedHashMap<>();
    private final Map<VersionId, CacheRow> versions = new HashMap<>();
    private final Map<String, CacheRow> others = new LinkedHashMap<>();
    private final List<Listener> listeners = new ArrayList<>();
    private final ReadOnlyObjectWrapper<CacheScan> scan = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper();
    private final ReadOnlyObjectWrapper<ProjectNeeds> needs = new ReadOnlyObjectWrapper<>(ProjectNeeds.NONE);
    private final ReadOnlyObjectWrapper<AccessTimeTracking> tracking = new ReadOnlyObjectWrapper<>(AccessTimeTracking.ASSUMED);
    private final ReadOnlyObjectWrapper<Instant> snapshotTime = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<CacheHistory> history = new ReadOnlyObjectWrapper<>();
    private long leftoverBytes;
    private long leftoverFiles;

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    /** Forgets everything, as a new scan starts. */
    public void clear() {
        modules.clear();
        versions.clear();
        others.clear();
        leftoverBytes = 0;
        leftoverFiles = 0;
        scan.set(null);
        snapshotTime.set(null);
        fire(new CacheChange(List.of(), List.of(), Set.of(), true));
    }

    /**
     * Shows an earlier scan of the cache, saved when it finished, while a fresh scan runs: its rows
     * are stale until the fresh scan reports them again, and those it does not report go when it
     * completes. It never counts as a scan ({@link #scanProperty()} stays null).
     */
    public void showSnapshot(CacheScan earlier) {
        clear();
        List<CacheRow> added = new ArrayList<>();
        Set<CacheRow> updated = new LinkedHashSet<>();
        putVersions(earlier.modules().stream().flatMap(m -> m.versions().stream()).toList(), true, added, updated);
        putOthers(earlier.other(), true, added, updated);
        snapshotTime.set(earlier.scannedAt());
        // one batch, rows already stale: views lay out the snapshot once
        fire(new CacheChange(added, List.of(), Set.of(), false));
    }

    /** A fresh scan of the same cache starts: the rows stay, stale until it reports them again. */
    public void beginRefresh() {
        scan.set(null);
        markAllStale();
    }

    private void markAllStale() {
        Set<CacheRow> updated = new LinkedHashSet<>();
        modules.values().forEach(m -> {
            m.setStale(true);
            m.versions().forEach(v -> v.setStale(true));
            updated.add(m);
            updated.addAll(m.versions());
        });
        others.values().forEach(o -> {
            o.setStale(true);
            updated.add(o);
        });
        fire(new CacheChange(List.of(), List.of(), updated, false));
    }

    /** Adds versions, or replaces the values of versions reported again. */
    public void addVersions(List<ModuleVersion> batch) {
        List<CacheRow> added = new ArrayList<>();
        Set<CacheRow> updated = new LinkedHashSet<>();
        putVersions(batch, false, added, updated);
        fire(new CacheChange(added, List.of(), updated, false));
    }

    private void putVersions(List<ModuleVersion> batch, boolean stale, List<CacheRow> added, Set<CacheRow> updated) {
        Set<CacheRow> touched = new LinkedHashSet<>();
        for (ModuleVersion v : batch) {
            CacheRow module = modules.get(v.path());
            if (module == null) {
                module = CacheRow.module(v.path());
                modules.put(v.path(), module);
                added.add(module);
            }
            module.setStale(stale);
            CacheRow existing = versions.get(v.id());
            if (existing != null) {
                existing.update(v);
                existing.setStale(stale);
                updated.add(existing);
            } else {
                CacheRow row = CacheRow.version(v);
                row.setStale(stale);
                row.setUsedBy(new UsedBy(needs.get().usedBy(v.id())));
                versions.put(v.id(), row);
                module.addVersion(row);
                added.add(row);
            }
            touched.add(module);
        }
        touched.forEach(CacheRow::aggregate);
        updated.addAll(touched);
    }

    /** Adds other entries, or replaces the values of those reported again. */
    public void addOthers(List<OtherEntry> batch) {
        List<CacheRow> added = new ArrayList<>();
        Set<CacheRow> updated = new LinkedHashSet<>();
        putOthers(batch, false, added, updated);
        fire(new CacheChange(added, List.of(), updated, false));
    }

    private void putOthers(List<OtherEntry> batch, boolean stale, List<CacheRow> added, Set<CacheRow> updated) {
        for (OtherEntry o : batch) {
            CacheRow existing = others.get(o.path());
            if (existing != null) {
                existing.updateOther(o);
                existing.setStale(stale);
                updated.add(existing);
            } else {
                CacheRow row = CacheRow.other(o);
                row.setStale(stale);
                others.put(o.path(), row);
                added.add(row);
            }
        }
    }

    /** Brings in the finished scan: module-level files (such as {@code @v/list}), and anything a batch missed. */
    public void complete(CacheScan finished) {
        dropStale(finished);
        List<ModuleVersion> missing = new ArrayList<>();
        Set<CacheRow> updated = new LinkedHashSet<>();
        leftoverBytes = 0;
        leftoverFiles = 0;
        for (CacheModule m : finished.modules()) {
            if (m.versions().isEmpty()) {
                // only lock files and lists are left: counted, never shown as a module
                leftoverBytes += m.ownBytes();
                leftoverFiles += m.ownFiles();
                continue;
            }
            m.versions().stream().filter(v -> !versions.containsKey(v.id())).forEach(missing::add);
        }
        if (!missing.isEmpty()) {
            addVersions(missing);
        }
        for (CacheModule m : finished.modules()) {
            CacheRow row = modules.get(m.path());
            if (row != null) {
                row.setOwnFiles(m.ownBytes(), m.ownFiles());
                row.aggregate();
                updated.add(row);
            }
        }
        List<OtherEntry> newOthers = finished.other().stream().filter(o -> !others.containsKey(o.path())).toList();
        if (!newOthers.isEmpty()) {
            addOthers(newOthers);
        }
        snapshotTime.set(null);
        scan.set(finished);
        fire(new CacheChange(List.of(), List.of(), updated, false));
    }

    /** Removes what an earlier scan showed and the finished one did not find; rows it found but did not stream are refreshed. */
    private void dropStale(CacheScan finished) {
        Map<VersionId, ModuleVersion> found = new HashMap<>();
        finished.modules().forEach(m -> m.versions().forEach(v -> found.put(v.id(), v)));
        Map<String, OtherEntry> foundOthers = new HashMap<>();
        finished.other().forEach(o -> foundOthers.put(o.path(), o));
        List<CacheRow> removed = new ArrayList<>();
        Set<CacheRow> updated = new LinkedHashSet<>();
        for (CacheRow module : List.copyOf(modules.values())) {
            for (CacheRow v : List.copyOf(module.versions())) {
                if (!v.isStale()) {
                    continue;
                }
                ModuleVersion now = found.get((VersionId) v.id());
                if (now == null) {
                    versions.remove(v.id());
                    module.mutableVersions().remove(v);
                    removed.add(v);
                } else {
                    v.update(now);
                    v.setStale(false);
                    updated.add(v);
                }
            }
            module.setStale(false);
            if (module.versions().isEmpty()) {
                modules.remove(module.name());
                removed.add(module);
            } else {
                module.aggregate();
                updated.add(module);
            }
        }
        for (CacheRow other : List.copyOf(others.values())) {
            if (other.isStale()) {
                OtherEntry now = foundOthers.get(other.name());
                if (now == null) {
                    others.remove(other.name());
                    removed.add(other);
                } else {
                    other.updateOther(now);
                    other.setStale(false);
                    updated.add(other);
                }
            }
        }
        updated.removeAll(removed);
        fire(new CacheChange(List.of(), removed, updated, false));
    }

    /** Shows verdicts on their version rows and updates the modules' summaries. */
    public void applyVerdicts(Collection<Map.Entry<VersionId, Verdict>> batch) {
        Set<CacheRow> updated = new LinkedHashSet<>();
        for (Map.Entry<VersionId, Verdict> e : batch) {
            CacheRow row = versions.get(e.getKey());
            if (row != null) {
                row.applyVerdict(e.getValue());
                updated.add(row);
                updated.add(modules.get(row.modulePath()));
            }
        }
        updated.stream().filter(r -> r.kind() == CacheRow.Kind.MODULE).forEach(CacheRow::aggregate);
        fire(new CacheChange(List.of(), List.of(), updated, false));
    }

    /** Shows which of the user's modules need each version; module rows sum them up. */
    public void applyNeeds(ProjectNeeds projectNeeds) {
        needs.set(projectNeeds);
        Set<CacheRow> updated = new LinkedHashSet<>();
        for (CacheRow module : modules.values()) {
            for (CacheRow v : module.versions()) {
                v.setUsedBy(new UsedBy(projectNeeds.usedBy((VersionId) v.id())));
                updated.add(v);
            }
            module.aggregate();
            updated.add(module);
        }
        fire(new CacheChange(List.of(), List.of(), updated, false));
    }

    /** Whether access times are recorded under this cache (noatime: they are not). */
    public void setTracking(AccessTimeTracking value) {
        tracking.set(value);
    }

    public ReadOnlyObjectProperty<AccessTimeTracking> trackingProperty() {
        return tracking.getReadOnlyProperty();
    }

    /** Which of the user's modules need which versions, as last worked out. */
    public ReadOnlyObjectProperty<ProjectNeeds> needsProperty() {
        return needs.getReadOnlyProperty();
    }

    /** Shows a deletion's outcome without a rescan: removed versions and entries go, trimmed versions shrink. */
    public void applyDeletion(List<PlanEntry> deleted) {
        List<CacheRow> removed = new ArrayList<>();
        Set<CacheRow> updated = new LinkedHashSet<>();
        for (PlanEntry e : deleted) {
            if (!e.isVersion()) {
                CacheRow other = others.remove(e.path());
                if (other != null) {
                    removed.add(other);
                }
                continue;
            }
            CacheRow row = versions.get(new VersionId(e.path(), e.version()));
            if (row == null) {
                continue;
            }
            CacheRow module = modules.get(row.modulePath());
            if (e.scope().removesMetadata()) {
                versions.remove(row.id());
                module.mutableVersions().remove(row);
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
                modules.remove(module.name());
                removed.add(module);
                updated.remove(module);
            } else {
                module.aggregate();
            }
        }
        updated.removeAll(removed);
        fire(new CacheChange(List.of(), removed, updated, false));
    }

    /** When the snapshot on show was scanned; null once a fresh scan completed (or none was shown). */
    public ReadOnlyObjectProperty<Instant> snapshotTimeProperty() {
        return snapshotTime.getReadOnlyProperty();
    }

    /** Records the cache's history as last read or written. */
    public void setHistory(CacheHistory value) {
        history.set(value);
    }

    /** The cache's totals over time, oldest first; null until known. */
    public ReadOnlyObjectProperty<CacheHistory> historyProperty() {
        return history.getReadOnlyProperty();
    }

    /** The module rows, in path order. */
    public Collection<CacheRow> modules() {
        return java.util.Collections.unmodifiableCollection(modules.values());
    }

    public Collection<CacheRow> others() {
        return java.util.Collections.unmodifiableCollection(others.values());
    }

    /** The row for an id, or null. */
    public CacheRow find(EntryId id) {
        if (id instanceof VersionId v) {
            return versions.get(v);
        }
        if (id instanceof EntryId.Module m) {
            return modules.get(m.path());
        }
        return others.get(((EntryId.Other) id).path());
    }

    /** Every version as it stands now (with its verdict's status). */
    public List<ModuleVersion> versions() {
        List<ModuleVersion> out = new ArrayList<>(versions.size());
        modules.values().forEach(m -> m.versions().forEach(v -> out.add(v.moduleVersion())));
        return out;
    }

    /** The versions a set of ids stands for (a module for all its versions), and the other entries. */
    public ResolvedEntries resolve(Collection<EntryId> ids) {
        return ResolvedEntries.of(this, ids);
    }

    public CacheTotals totals() {
        long files = leftoverFiles;
        long bytes = leftoverBytes;
        for (CacheRow m : modules.values()) {
            files += m.filesProperty().get();
            bytes += m.bytes();
        }
        for (CacheRow o : others.values()) {
            files += o.filesProperty().get();
            bytes += o.bytes();
        }
        return new CacheTotals(modules.size(), versions.size(), files, bytes);
    }

    /** The last finished scan; null while a scan runs or before the first. */
    public ReadOnlyObjectProperty<CacheScan> scanProperty() {
        return scan.getReadOnlyProperty();
    }

    /** Goes up with every batch: views that redraw as a whole (the treemap) listen to it. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    private void fire(CacheChange change) {
        if (!change.cleared() && change.added().isEmpty() && change.removed().isEmpty() && change.updated().isEmpty()) {
            return;
        }
        revision.set(revision.get() + 1);
        for (Listener l : List.copyOf(listeners)) {
            l.changed(change);
        }
    }
}
