package io.modcache.verify;

import io.modcache.cache.ModuleVersion;
import io.modcache.cache.VersionId;
import io.modcache.concurrent.CancellationToken;
import io.modcache.projects.GoSumIndex;
import io.modcache.sumdb.ProvenanceChecker;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;

/**
 * Verification as the CLI and the window both run it: one incremental index per cache root,
 * kept loaded between runs, and the go.sum files of the user's projects.
 */
public final class VerificationService {

    private final ForkJoinPool pool;
    private final Path indexDir;
    private final Map<Path, VerifyIndex> indexes = new ConcurrentHashMap<>();
    private final Function<Path, ProvenanceChecker> provenance;
    private final Function<Path, ProvenanceChecker> online;

    /** @param indexDir where index files live; null keeps indexes in memory only */
    public VerificationService(ForkJoinPool pool, Path indexDir) {
        this(pool, indexDir, null);
    }

    /**
     * @param provenance the checksum database check for the cache at a root, made when a
     *                   verification starts (it may run go env); null not to ask the database
     */
    public VerificationService(ForkJoinPool pool, Path indexDir, Function<Path, ProvenanceChecker> provenance) {
        this(pool, indexDir, provenance, null);
    }

    /** @param online the check that also asks the database over the network, when the user asks for it; null when it cannot */
    public VerificationService(ForkJoinPool pool, Path indexDir, Function<Path, ProvenanceChecker> provenance,
                               Function<Path, ProvenanceChecker> online) {
        this.pool = pool;
        this.indexDir = indexDir;
        this.provenance = provenance;
        this.online = online;
    }

    /** Whether {@link #verify(Path, List, boolean, boolean, GoSumIndex, VerifyListener, CancellationToken, boolean)} can ask online. */
    public boolean canAskOnline() {
        return online != null;
    }

    /**
     * Verifies {@code versions} of the cache at {@code root}. When {@code allVersions} is true the
     * list is the whole cache, and index entries of versions no longer there are dropped. With
     * {@code freshScan}, the versions come from a scan made just now, whose fingerprints tell
     * which versions are unchanged without reading their files' metadata a second time.
     */
    public VerifyResult verify(Path root, List<ModuleVersion> versions, boolean allVersions, boolean freshScan,
                               GoSumIndex sums, VerifyListener listener, CancellationToken cancel) {
        return verify(root, versions, allVersions, freshScan, sums, listener, cancel, false);
    }

    /** Like the other, asking the checksum database over the network about what go did not cache when {@code askOnline}. */
    public VerifyResult verify(Path root, List<ModuleVersion> versions, boolean allVersions, boolean freshScan,
                               GoSumIndex sums, VerifyListener listener, CancellationToken cancel, boolean askOnline) {
        VerifyIndex index = index(root);
        Function<Path, ProvenanceChecker> checks = askOnline && online != null ? online : provenance;
        CacheVerifier verifier = new CacheVerifier(pool, index, freshScan, checks == null ? null : checks.apply(root));
        if (allVersions) {
            verifier.forgetAllBut(versions);
        }
        return verifier.verify(root, versions, sums, listener, cancel);
    }

    /**
     * The verdicts the index already holds for versions whose files are as the scan saw them (by
     * the scan's fingerprints): nothing is read, so the window shows them as soon as a scan ends.
     */
    public Map<VersionId, Verdict> known(Path root, List<ModuleVersion> versions, GoSumIndex sums) {
        // with what the checksum database said too: a version shown verified with its database check "not done yet" was a riddle
        CacheVerifier verifier = new CacheVerifier(pool, index(root), true, provenanceOrNone(root));
        Map<VersionId, Verdict> out = new java.util.HashMap<>();
        for (ModuleVersion v : versions) {
            if (!v.settledByScan()) {
                verifier.known(v, sums).ifPresent(verdict -> out.put(v.id(), verdict));
            }
        }
        return out;
    }

    /** The offline check for {@link #known}; none when it cannot be set up: the verdicts show all the same. */
    private ProvenanceChecker provenanceOrNone(Path root) {
        try {
            return provenance == null ? null : provenance.apply(root);
        } catch (RuntimeException e) {
            System.getLogger(VerificationService.class.getName()).log(System.Logger.Level.WARNING,
                    "cannot ask the checksum database's cache: " + e.getMessage());
            return null;
        }
    }

    private VerifyIndex index(Path root) {
        return indexes.computeIfAbsent(root.toAbsolutePath().normalize(),
                r -> indexDir == null ? VerifyIndex.inMemory(r) : VerifyIndex.load(indexDir, r));
    }
}
