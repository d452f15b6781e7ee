package io.modcache.ui.main;

import io.modcache.cache.ModuleVersion;
import io.modcache.cache.OtherEntry;
import io.modcache.cache.VerificationStatus;
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
    private final ReadOnlyStringWrapper verification = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ModuleVersion> moduleVersion = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper problems = new ReadOnlyStringWrapper("");

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
        row.version.set(entry.kind().name().toLowerCase(Locale.ROOT));
        row.bytes.set(entry.bytes());
        row.files.set(entry.files());
        row.problems.set(String.join("\n", entry.problems()));
        return row;
    }

    void update(ModuleVersion v) {
        moduleVersion.set(v);
        version.set(v.version());
        bytes.set(v.bytes());
        files.set(v.files());
        lastAccess.set(v.lastAccess());
        downloaded.set(v.downloaded());
        verification.set(describe(v.status()));
        problems.set(String.join("\n", v.problems()));
    }

    /** Recomputes a module row from its versions and module-level files. */
    void aggregate(List<ModuleVersion> versions, long ownBytes, long ownFiles) {
        version.set(versions.isEmpty() ? "" : versions.get(0).version());
        bytes.set(ownBytes + versions.stream().mapToLong(ModuleVersion::bytes).sum());
        files.set(ownFiles + versions.stream().mapToLong(ModuleVersion::files).sum());
        lastAccess.set(versions.stream().map(ModuleVersion::lastAccess).filter(t -> t != null).max(Instant::compareTo).orElse(null));
        downloaded.set(versions.stream().map(ModuleVersion::downloaded).filter(t -> t != null).max(Instant::compareTo).orElse(null));
        long flagged = versions.stream().filter(v -> !v.problems().isEmpty()).count();
        verification.set(flagged > 0 ? flagged + " with problems" : "");
    }

    static String describe(VerificationStatus status) {
        return switch (status) {
            case UNVERIFIED -> "not verified";
            case VERIFIED -> "verified";
            case DIR_MODIFIED -> "dir modified";
            case ZIP_MODIFIED -> "zip modified";
            case MISSING_ZIPHASH -> "missing ziphash";
            case CORRUPT_ZIP -> "corrupt zip";
            case INCOMPLETE -> "incomplete";
            case GOSUM_MISMATCH -> "go.sum mismatch";
            case MOD_ONLY -> ".mod only";
            case ERROR -> "error";
        };
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

    public ReadOnlyStringProperty verificationProperty() {
        return verification.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemsProperty() {
        return problems.getReadOnlyProperty();
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
