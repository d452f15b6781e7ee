package io.modcache.ui.main;

import io.modcache.cache.ModuleVersion;
import io.modcache.cache.OtherEntry;
import io.modcache.cache.VerificationStatus;
import io.modcache.verify.Verdict;
import io.modcache.verify.Verdicts;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** One row of the cache tree: a module, one of its versions, or an "other" entry. */
public final class CacheRow {

    public enum Kind { MODULE, VERSION, OTHER }

    private final Kind kind;
    private final String name;
    private final String modulePath;
    private final ReadOnlyStringWrapper version = new ReadOnlyStringWrapper("");
    private final ReadOnlyLongWrapper bytes = new ReadOnlyLongWrapper();
    private final ReadOnlyLongWrapper files = new ReadOnlyLongWrapper();
    private final ReadOnlyObjectWrapper<Instant> lastAccess = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Instant> downloaded = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<StatusView> status = new ReadOnlyObjectWrapper<>(StatusView.EMPTY);
    private final ReadOnlyObjectWrapper<ModuleVersion> moduleVersion = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Verdict> verdict = new ReadOnlyObjectWrapper<>();
    private OtherEntry otherEntry;

    private CacheRow(Kind kind, String name, String modulePath) {
        this.kind = kind;
        this.name = name;
        this.modulePath = modulePath;
    }

    static CacheRow module(String path) {
        return new CacheRow(Kind.MODULE, path, path);
    }

    static CacheRow version(ModuleVersion v) {
        CacheRow row = new CacheRow(Kind.VERSION, v.version(), v.path());
        row.update(v);
        return row;
    }

    static CacheRow other(OtherEntry entry) {
        CacheRow row = new CacheRow(Kind.OTHER, entry.path(), null);
        row.otherEntry = entry;
        row.version.set(entry.kind().name().toLowerCase(Locale.ROOT));
        row.bytes.set(entry.bytes());
        row.files.set(entry.files());
        if (!entry.problems().isEmpty()) {
            row.status.set(new StatusView(StatusView.Tone.WARN, entry.problems().size() == 1 ? "1 problem" : entry.problems().size() + " problems",
                    String.join("\n", entry.problems())));
        }
        return row;
    }

    void update(ModuleVersion v) {
        moduleVersion.set(v);
        version.set(v.version());
        bytes.set(v.bytes());
        files.set(v.files());
        lastAccess.set(v.lastAccess());
        downloaded.set(v.downloaded());
        status.set(StatusView.of(v.status(), v.problemTexts()));
    }

    /** Shows a verification verdict on a version row. */
    void applyVerdict(Verdict result) {
        update(moduleVersion.get().withVerdict(result.status(), result.problems()));
        verdict.set(result);
    }

    /** Recomputes a module row from its versions and module-level files. */
    void aggregate(List<ModuleVersion> versions, long ownBytes, long ownFiles) {
        version.set(versions.isEmpty() ? "" : versions.get(0).version());
        bytes.set(ownBytes + versions.stream().mapToLong(ModuleVersion::bytes).sum());
        files.set(ownFiles + versions.stream().mapToLong(ModuleVersion::files).sum());
        lastAccess.set(versions.stream().map(ModuleVersion::lastAccess).filter(t -> t != null).max(Instant::compareTo).orElse(null));
        downloaded.set(versions.stream().map(ModuleVersion::downloaded).filter(t -> t != null).max(Instant::compareTo).orElse(null));
        status.set(summarize(versions));
    }

    /** A module's verification at a glance: its worst version, and how many share that status. */
    static StatusView summarize(List<ModuleVersion> versions) {
        if (versions.isEmpty()) {
            return StatusView.EMPTY;
        }
        VerificationStatus worst = versions.stream().map(ModuleVersion::status)
                .filter(s -> s != VerificationStatus.UNVERIFIED && s != VerificationStatus.MOD_ONLY)
                .min(Verdicts.MOST_SEVERE_FIRST).orElse(null);
        long unverified = versions.stream().filter(v -> v.status() == VerificationStatus.UNVERIFIED).count();
        long flagged = versions.stream().filter(v -> v.status() == VerificationStatus.UNVERIFIED && !v.problems().isEmpty()).count();
        if (worst == null) {
            return flagged > 0 ? new StatusView(StatusView.Tone.WARN, flagged + " with problems", "")
                    : unverified > 0 ? new StatusView(StatusView.Tone.NEUTRAL, "not verified", "") : StatusView.EMPTY;
        }
        if (worst == VerificationStatus.VERIFIED) {
            return unverified > 0
                    ? new StatusView(StatusView.Tone.NEUTRAL, (versions.size() - unverified) + " of " + versions.size() + " verified", "")
                    : new StatusView(StatusView.Tone.OK, "verified", "");
        }
        long count = versions.stream().filter(v -> v.status() == worst).count();
        return new StatusView(StatusView.toneOf(worst), count + " " + StatusView.describe(worst), "");
    }

    public Kind kind() {
        return kind;
    }

    /** Module path, version, or the other entry's path: what the tree column shows. */
    public String name() {
        return name;
    }

    /** The module a version row belongs to (the module itself for module rows); null for other rows. */
    public String modulePath() {
        return modulePath;
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

    public ReadOnlyObjectProperty<StatusView> statusProperty() {
        return status.getReadOnlyProperty();
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
