package io.modcache.history;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.modcache.cache.CacheModule;
import io.modcache.cache.CachePart;
import io.modcache.cache.CacheScan;
import io.modcache.cache.ModuleVersion;
import io.modcache.cache.OtherEntry;
import io.modcache.cache.Problem;
import io.modcache.cache.VerificationStatus;
import io.modcache.fs.AtomicFiles;
import io.modcache.fs.SafeFiles;
import io.modcache.report.ScanReports;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The last scan of each cache, saved after every scan so that the window can show it the moment
 * it opens, while the fresh scan runs. A snapshot is only ever shown as such: it never stands in
 * for a scan. Kept in the program's cache folder; an unreadable or outdated file is ignored.
 */
public final class ScanSnapshots {

    private static final System.Logger LOG = System.getLogger(ScanSnapshots.class.getName());
    private static final int FORMAT = 2;

    private final Path dir;
    private final AtomicReference<CompletableFuture<Preloaded>> preloaded = new AtomicReference<>();
    // made by the first read, on the thread that preloads: the window's start does not wait for it.
    // Format 2 writes times as numbers: read cold at start, parsing ISO times was much of the work
    // (docs/performance.md)
    private final io.modcache.system.Lazy<ObjectMapper> mapper = io.modcache.system.Lazy.of(() -> ScanReports.mapper()
            .disable(SerializationFeature.INDENT_OUTPUT).disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS));

    /** @param cacheDir the program's cache folder; snapshots go in its {@code snapshots} folder */
    public ScanSnapshots(Path cacheDir) {
        this.dir = cacheDir.resolve("snapshots");
    }

    public void save(CacheScan scan) throws IOException {
        SnapshotFile file = new SnapshotFile(FORMAT, RootFiles.key(scan.root()), scan.scannedAt(), scan.layout(),
                scan.totalFiles(), scan.totalBytes(), scan.modules().stream().map(ScanSnapshots::module).toList(), scan.other());
        AtomicFiles.writeString(RootFiles.fileFor(dir, scan.root(), ".json"), mapper.get().writeValueAsString(file));
    }

    /**
     * Starts reading the snapshot of the cache that {@code root} names, on {@code executor}, so that
     * the first {@link #load} of that root finds it read: at launch this overlaps the window's
     * creation. A root that cannot be worked out, or a later load of another root, reads as usual.
     */
    public void preload(Supplier<Path> root, Executor executor) {
        preloaded.set(CompletableFuture.supplyAsync(() -> {
            Path where = root.get();
            return new Preloaded(where, read(where));
        }, executor));
    }

    private record Preloaded(Path root, Optional<CacheScan> scan) {
    }

    /** The last scan saved for the cache at {@code root}, if there is a readable one. */
    public Optional<CacheScan> load(Path root) {
        CompletableFuture<Preloaded> early = preloaded.getAndSet(null);
        if (early != null) {
            try {
                Preloaded p = early.join();
                if (p.root().equals(root)) {
                    return p.scan();
                }
            } catch (CompletionException | CancellationException e) {
                LOG.log(System.Logger.Level.DEBUG, "preloading the snapshot failed: " + e.getMessage());
            }
        }
        return read(root);
    }

    private Optional<CacheScan> read(Path root) {
        Path path = RootFiles.fileFor(dir, root, ".json");
        try {
            SnapshotFile file = mapper.get().readValue(SafeFiles.read(path, SafeFiles.OWN_FILE_CAP), SnapshotFile.class);
            // format 1 differs only in writing times as ISO text, which reads the same
            if ((file.format() != FORMAT && file.format() != 1) || !RootFiles.key(root).equals(file.root())) {
                return Optional.empty();
            }
            return Optional.of(new CacheScan(root, file.scannedAt(), file.modules().stream().map(SavedModule::restore).toList(),
                    file.other(), file.totalFiles(), file.totalBytes(), file.layout()));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "snapshot " + path + " is unreadable (" + e.getMessage() + "); ignoring it");
            return Optional.empty();
        }
    }

    private static SavedModule module(CacheModule m) {
        return new SavedModule(m.path(), m.escapedPath(), m.ownBytes(), m.ownFiles(), m.versions().stream()
                .map(v -> new SavedVersion(v.version(), v.escapedVersion(), v.bytes(), v.files(), v.parts(), v.lastAccess(),
                        v.downloaded(), v.status(), v.problems(), v.fingerprint())).toList());
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SnapshotFile(int format, String root, Instant scannedAt, CacheScan.Layout layout, long totalFiles, long totalBytes,
                        List<SavedModule> modules, List<OtherEntry> other) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SavedModule(String path, String escapedPath, long ownBytes, long ownFiles, List<SavedVersion> versions) {

        CacheModule restore() {
            return new CacheModule(path, escapedPath, ownBytes, ownFiles, versions.stream()
                    .map(v -> new ModuleVersion(path, v.version(), escapedPath, v.escapedVersion(), v.bytes(), v.files(),
                            v.parts() == null ? Set.of() : v.parts(), v.lastAccess(), v.downloaded(),
                            v.status() == null ? VerificationStatus.UNVERIFIED : v.status(),
                            v.problems() == null ? List.of() : v.problems(), v.fingerprint())).toList());
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SavedVersion(String version, String escapedVersion, long bytes, long files, Set<CachePart> parts, Instant lastAccess,
                        Instant downloaded, VerificationStatus status, List<Problem> problems, String fingerprint) {
    }
}
