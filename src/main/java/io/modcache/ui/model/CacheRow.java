package io.modcache.ui.model;

import io.modcache.text.Text;
import io.modcache.cache.EntryId;
import io.modcache.cache.GoVersions;
import io.modcache.cache.ModuleVersion;
import io.modcache.cache.OtherEntry;
import io.modcache.cache.VerificationStatus;
import io.modcache.verify.Verdict;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One entry of the cache model as the views show it: a module (which holds its version rows,
 * newest first), one of its versions, or an "other" entry. Its properties change as scans,
 * verdicts and deletions arrive; {@link CacheModel} is the only writer, on the UI thread.
 */
public final class CacheRow {

    public enum Kind { MODULE, VERSION, OTHER }

    private final Kind kind;
    private final EntryId id;
    private final String name;
    private final String modulePath;
    private final ReadOnlyStringWrapper version = new ReadOnlyStringWrapper("");
    private final ReadOnlyLongWrapper bytes = new ReadOnlyLongWrapper();
    private final ReadOnlyLongWrapper files = new ReadOnlyLongWrapper();
    private final ReadOnlyObjectWrapper<Instant> lastAccess = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Instant> downloaded = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<StatusBadge> status = new ReadOnlyObjectWrapper<>(StatusBadge.EMPTY);
    private final ReadOnlyObjectWrapper<ModuleVersion> moduleVersion = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Verdict> verdict = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<UsedBy> usedBy = new ReadOnlyObjectWrapper<>(UsedBy.NONE);
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper();
    private final List<CacheRow> versions = new ArrayList<>();
    private long ownBytes;
    private long ownFiles;
    private OtherEntry otherEntry;

    private CacheRow(Kind kind, EntryId id, String name, String modulePath) {
        this.kind = kind;
        this.id = id;
        this.name = name;
        this.modulePath = modulePath;
    }

    static CacheRow module(String path) {
        return new CacheRow(Kind.MODULE, new EntryId.Module(path), path, path);
    }

    static CacheRow version(ModuleVersion v) {
        CacheRow row = new CacheRow(Kind.VERSION, v.id(), v.version(), v.path());
        row.update(v);
        return row;
    }

    static CacheRow other(OtherEntry entry) {
        CacheRow row = new CacheRow(Kind.OTHER, new EntryId.Other(entry.path()), entry.path(), null);
        row.updateOther(entry);
        return row;
    }

    void updateOther(OtherEntry entry) {
        otherEntry = entry;
        version.set(entry.kind().label());
        bytes.set(entry.bytes());
        files.set(entry.files());
        int n = entry.problems().size();
        status.set(n == 0 ? StatusBadge.EMPTY : new StatusBadge(StatusBadge.Tone.WARN, Text.counted("count.problem", n),
                String.join("\n", entry.problems())));
    }

    void setStale(boolean value) {
        stale.set(value);
    }

    /** Shown from an earlier scan, not yet confirmed by the one running. */
    public ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }

    public boolean isStale() {
        return stale.get();
    }

    /** A scan's word on the version: its verdict, if it had one, is for files that may have changed since. */
    void update(ModuleVersion v) {
        show(v, null);
    }

    void applyVerdict(Verdict result) {
        // Verification restores access times, which changes the files' change times: keep the fingerprint it saw.
        show(moduleVersion.get().withVerdict(result.status(), result.problems(),
                result.check() == null ? null : result.check().fingerprint()), result);
    }

    /** One change event per property, the badge included, however the version's values came. */
    private void show(ModuleVersion v, Verdict result) {
        moduleVersion.set(v);
        version.set(v.version());
        bytes.set(v.bytes());
        files.set(v.files());
        lastAccess.set(v.lastAccess());
        downloaded.set(v.downloaded());
        StatusBadge badge = StatusBadge.of(v.status(), v.problemTexts());
        status.set(result == null ? badge : badge.withProvenance(result.provenance()));
        verdict.set(result);
    }

    /** The module's version rows (newest first); modified by the model only. */
    List<CacheRow> mutableVersions() {
        return versions;
    }

    /** Adds a version row to a module row, in Go's order, newest first. */
    void addVersion(CacheRow row) {
        int low = 0;
        int high = versions.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (GoVersions.NEWEST_FIRST.compare(versions.get(mid).name(), row.name()) < 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        versions.add(low, row);
    }

    /** A module's files that belong to none of its versions (such as {@code @v/list}): bytes; 0 for other rows. */
    public long ownBytes() {
        return ownBytes;
    }

    /** A module's files that belong to none of its versions: how many; 0 for other rows. */
    public long ownFiles() {
        return ownFiles;
    }

    /** Whether that changed them. */
    boolean setOwnFiles(long ownBytes, long ownFiles) {
        boolean changed = this.ownBytes != ownBytes || this.ownFiles != ownFiles;
        this.ownBytes = ownBytes;
        this.ownFiles = ownFiles;
        return changed;
    }

    void setUsedBy(UsedBy value) {
        usedBy.set(value);
    }

    /** Recomputes a module row from its versions and module-level files. */
    void aggregate() {
        List<ModuleVersion> vs = versions.stream().map(CacheRow::moduleVersion).toList();
        version.set(vs.isEmpty() ? "" : vs.get(0).version());
        bytes.set(ownBytes + vs.stream().mapToLong(ModuleVersion::bytes).sum());
        files.set(ownFiles + vs.stream().mapToLong(ModuleVersion::files).sum());
        lastAccess.set(vs.stream().map(ModuleVersion::lastAccess).filter(Objects::nonNull).max(Instant::compareTo).orElse(null));
        downloaded.set(vs.stream().map(ModuleVersion::downloaded).filter(Objects::nonNull).max(Instant::compareTo).orElse(null));
        status.set(StatusBadge.summarize(vs.stream().map(ModuleVersion::status).toList(),
                vs.stream().filter(v -> v.status() == VerificationStatus.UNVERIFIED && !v.problems().isEmpty()).count()));
        usedBy.set(UsedBy.union(versions.stream().map(r -> r.usedBy.get()).toList()));
    }

    public Kind kind() {
        return kind;
    }

    public EntryId id() {
        return id;
    }

    /** Module path, version, or the other entry's path: what the tree column shows. */
    public String name() {
        return name;
    }

    /** The module a version row belongs to (the module itself for module rows); null for other rows. */
    public String modulePath() {
        return modulePath;
    }

    /** A module's version rows, newest first; empty for other kinds. */
    public List<CacheRow> versions() {
        return Collections.unmodifiableList(versions);
    }

    public ReadOnlyStringProperty versionProperty() {
        return version.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty bytesProperty() {
        return bytes.getReadOnlyProperty();
    }

    public long bytes() {
        return bytes.get();
    }

    public ReadOnlyLongProperty filesProperty() {
        return files.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Instant> lastAccessProperty() {
        return lastAccess.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Instant> downloadedProperty() {
        return downloaded.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<StatusBadge> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Which of the user's modules need this version (or, on a module row, any of its versions). */
    public ReadOnlyObjectProperty<UsedBy> usedByProperty() {
        return usedBy.getReadOnlyProperty();
    }

    /** The latest verdict of a version row, or null. */
    public ReadOnlyObjectProperty<Verdict> verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    /** The entry an other row shows; null on module and version rows. */
    public OtherEntry otherEntry() {
        return otherEntry;
    }

    /** The version shown by a version row; null on other rows. */
    public ModuleVersion moduleVersion() {
        return moduleVersion.get();
    }

    @Override
    public String toString() {
        return kind + " " + name;
    }
}
