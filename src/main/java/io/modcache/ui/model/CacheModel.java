package io.modcache.ui.model;

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

    private final CacheRows rows = new CacheRows();
    private final List<Listener> listeners = new ArrayList<>();
    private final ReadOnlyObjectWrapper<CacheScan> scan = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper();
    private final ReadOnlyObjectWrapper<ProjectNeeds> needs = new ReadOnlyObjectWrapper<>(ProjectNeeds.NONE);
    private final ReadOnlyObjectWrapper<AccessTimeTracking> tracking = new ReadOnlyObjectWrapper<>(AccessTimeTracking.ASSUMED);
    private final ReadOnlyObjectWrapper<Instant> snapshotTime = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<CacheHistory> history = new ReadOnlyObjectWrapper<>();

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    /** Forgets everything, as a new scan starts. */
    public void clear() {
        rows.clear();
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
        rows.putVersions(earlier.modules().stream().flatMap(m -> m.versions().stream()).toList(), true, needs.get(), added, updated);
        rows.putOthers(earlier.other(), true, added, updated);
        snapshotTime.set(earlier.scannedAt());
        // one batch, rows already stale: views lay out the snapshot once
        fire(new CacheChange(added, List.of(), Set.of(), false));
    }

    /** A fresh scan of the same cache starts: the rows stay, stale until it reports them again. */
    public void beginRefresh() {
        scan.set(null);
        fire(rows.markAllStale());
    }

    /** Adds versions, or replaces the values of versions reported again. */
    public void addVersions(List<ModuleVersion> batch) {
        List<CacheRow> added = new ArrayList<>();
        Set<CacheRow> updated = new LinkedHashSet<>();
        rows.putVersions(batch, false, needs.get(), added, updated);
        fire(new CacheChange(added, List.of(), updated, false));
    }

    /** Adds other entries, or replaces the values of those reported again. */
    public void addOthers(List<OtherEntry> batch) {
        List<CacheRow> added = new ArrayList<>();
        Set<CacheRow> updated = new LinkedHashSet<>();
        rows.putOthers(batch, false, added, updated);
        fire(new CacheChange(added, List.of(), updated, false));
    }

    /** Brings in the finished scan: module-level files (such as {@code @v/list}), and anything a batch missed. */
    public void complete(CacheScan finished) {
        fire(rows.dropStale(finished));
        List<ModuleVersion> missing = rows.missingFrom(finished);
        if (!missing.isEmpty()) {
            addVersions(missing);
        }
        CacheChange moduleFiles = rows.moduleFilesFrom(finished);
        List<OtherEntry> newOthers = rows.othersMissingFrom(finished);
        if (!newOthers.isEmpty()) {
            addOthers(newOthers);
        }
        snapshotTime.set(null);
        scan.set(finished);
        fire(moduleFiles);
    }

    /** Shows verdicts on their version rows and updates the modules' summaries. */
    public void applyVerdicts(Collection<Map.Entry<VersionId, Verdict>> batch) {
        fire(rows.applyVerdicts(batch));
    }

    /** Shows which of the user's modules need each version; module rows sum them up. */
    public void applyNeeds(ProjectNeeds projectNeeds) {
        needs.set(projectNeeds);
        fire(rows.applyNeeds(projectNeeds));
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
        fire(rows.applyDeletion(deleted));
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
        return rows.modules();
    }

    public Collection<CacheRow> others() {
        return rows.others();
    }

    /** The row for an id, or null. */
    public CacheRow find(EntryId id) {
        return rows.find(id);
    }

    /** Every version as it stands now (with its verdict's status). */
    public List<ModuleVersion> versions() {
        return rows.versions();
    }

    /** The versions a set of ids stands for (a module for all its versions), and the other entries. */
    public ResolvedEntries resolve(Collection<EntryId> ids) {
        return ResolvedEntries.of(this, ids);
    }

    public CacheTotals totals() {
        return rows.totals();
    }

    /** Whether any version is on show, without adding up the totals. */
    public boolean hasVersions() {
        return rows.hasVersions();
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
