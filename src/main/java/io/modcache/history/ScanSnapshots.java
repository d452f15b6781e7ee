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

/**
 * The last scan of each cache, saved after every scan so that the window can show it the moment
 * it opens, while the fresh scan runs. A snapshot is only ever shown as such: it never stands in
 * for a scan. Kept in the program's cache folder; an unreadable or outdated file is ignored.
 */
public final class ScanSnapshots {

    private static final System.Logger LOG = System.getLogger(ScanSnapshots.class.getName());
    private static final int FORMAT = 1;

    private final Path dir;
    private final ObjectMapper mapper = ScanReports.mapper().disable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** @param cacheDir the program's cache folder; snapshots go in its {@code snapshots} folder */
    public ScanSnapshots(Path cacheDir) {
        this.dir = cacheDir.resolve("snapshots");
    }

    public void save(CacheScan scan) throws IOException {
        SnapshotFile file = new SnapshotFile(FORMAT, RootFiles.key(scan.root()), scan.scannedAt(), scan.layout(),
                scan.totalFiles(), scan.totalBytes(), scan.modules().stream().map(ScanSnapshots::module).toList(), scan.other());
        AtomicFiles.writeString(RootFiles.fileFor(dir, scan.root(), ".json"), mapper.writeValueAsString(file));
    }

    /** The last scan saved for the cache at {@code root}, if there is a readable one. */
    public Optional<CacheScan> load(Path root) {
        Path path = RootFiles.fileFor(dir, root, ".json");
        try {
            SnapshotFile file = mapper.readValue(SafeFiles.read(path, SafeFiles.OWN_FILE_CAP), SnapshotFile.class);
            if (file.format() != FORMAT || !RootFiles.key(root).equals(file.root())) {
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
