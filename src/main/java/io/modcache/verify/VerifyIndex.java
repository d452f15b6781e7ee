package io.modcache.verify;

import io.modcache.sumdb.Provenance;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modcache.cache.VersionId;
import io.modcache.fs.AtomicFiles;
import io.modcache.fs.SafeFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Verdicts already computed, keyed by module version and the fingerprint of its files, so that
 * re-verifying an unchanged cache reads no file content. One JSON file per cache root in the
 * user's cache directory; a corrupt or outdated one is ignored (with a log line) and rebuilt.
 */
public final class VerifyIndex {

    private static final System.Logger LOG = System.getLogger(VerifyIndex.class.getName());
    static final int FORMAT = 2;

    /** The JSON file's shape ({@code sumdb} may be missing in files written before it existed). */
    record IndexFile(int format, String cacheRoot, Map<String, VersionCheck> versions, Map<String, StoredProvenance> sumdb) {
    }

    /**
     * A checksum database answer that holds while the version's files keep {@code fingerprint} and
     * what it rests on keeps {@code evidence} (the cached record's stamp, or that it came online).
     */
    record StoredProvenance(String fingerprint, String evidence, Provenance provenance) {
    }

    private final Path file;
    private final Path cacheRoot;
    private final Map<String, VersionCheck> versions = new ConcurrentHashMap<>();
    private final Map<String, StoredProvenance> sumdb = new ConcurrentHashMap<>();

    private VerifyIndex(Path file, Path cacheRoot) {
        this.file = file;
        this.cacheRoot = cacheRoot;
    }

    /** An index that is neither read nor written. */
    public static VerifyIndex inMemory(Path cacheRoot) {
        return new VerifyIndex(null, cacheRoot);
    }

    /** The index for {@code cacheRoot} under {@code indexDir}, loaded when a valid one exists. */
    public static VerifyIndex load(Path indexDir, Path cacheRoot) {
        Path root = cacheRoot.toAbsolutePath().normalize();
        VerifyIndex index = new VerifyIndex(indexDir.resolve("verify-" + digest(root.toString()) + ".json"), root);
        try {
            IndexFile stored = mapper().readValue(SafeFiles.read(index.file, SafeFiles.OWN_FILE_CAP), IndexFile.class);
            if (stored.format() != FORMAT || !root.toString().equals(stored.cacheRoot()) || stored.versions() == null) {
                LOG.log(System.Logger.Level.INFO, "verification index " + index.file + " is outdated; rebuilding it");
            } else {
                index.versions.putAll(stored.versions());
                if (stored.sumdb() != null) {
                    index.sumdb.putAll(stored.sumdb());
                }
            }
        } catch (NoSuchFileException e) {
            // first run
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "verification index " + index.file + " is unreadable (" + e.getMessage() + "); rebuilding it");
        }
        return index;
    }

    /** The stored check for a version, when its files still have this fingerprint. */
    public Optional<VersionCheck> lookup(VersionId versionId, String fingerprint) {
        VersionCheck c = versions.get(versionId.toString());
        return c != null && fingerprint != null && fingerprint.equals(c.fingerprint()) ? Optional.of(c) : Optional.empty();
    }

    public void put(VersionId versionId, VersionCheck check) {
        if (check.fingerprint() != null) {
            versions.put(versionId.toString(), check);
        }
    }

    /** The stored checksum database answer for a version whose files and evidence are as they were. */
    public Optional<Provenance> provenance(VersionId versionId, String fingerprint, String evidence) {
        StoredProvenance p = sumdb.get(versionId.toString());
        return p != null && fingerprint != null && fingerprint.equals(p.fingerprint()) && p.evidence().equals(evidence)
                ? Optional.of(p.provenance()) : Optional.empty();
    }

    public void putProvenance(VersionId versionId, String fingerprint, String evidence, Provenance provenance) {
        if (fingerprint != null && evidence != null) {
            sumdb.put(versionId.toString(), new StoredProvenance(fingerprint, evidence, provenance));
        }
    }

    /** Forgets versions that no longer exist, so the file does not grow forever. */
    public void retainOnly(java.util.Set<VersionId> versionIds) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        versionIds.forEach(id -> keys.add(id.toString()));
        versions.keySet().retainAll(keys);
        sumdb.keySet().retainAll(keys);
    }

    /** Writes the index atomically (a temporary file moved into place). */
    public void save() throws IOException {
        if (file != null) {
            AtomicFiles.writeString(file, mapper().writeValueAsString(new IndexFile(FORMAT, cacheRoot.toString(), Map.copyOf(versions), Map.copyOf(sumdb))));
        }
    }

    Path file() {
        return file;
    }

    private static ObjectMapper mapper() {
        return new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    private static String digest(String s) {
        MessageDigest md = DirHash.sha256();
        return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8))).substring(0, 16);
    }
}
