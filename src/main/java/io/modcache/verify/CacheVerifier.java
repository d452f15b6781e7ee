package io.modcache.verify;

import io.modcache.cache.ModuleVersion;
import io.modcache.cache.Problem;
import io.modcache.cache.VersionId;
import io.modcache.concurrent.CancellationToken;
import io.modcache.projects.GoSumIndex;
import io.modcache.sumdb.Provenance;
import io.modcache.sumdb.ProvenanceChecker;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Verifies module versions in parallel on the shared pool, reusing the index's verdicts for
 * versions whose files did not change, and checking cancellation per file.
 */
public final class CacheVerifier {

    private final ForkJoinPool pool;
    private final VerifyIndex index;
    private final boolean trustScanFingerprints;
    private final ProvenanceChecker provenance;

    /**
     * @param trustScanFingerprints use the fingerprint the scan computed instead of reading the
     *                              files' metadata again: right only when the scan just ran
     */
    public CacheVerifier(ForkJoinPool pool, VerifyIndex index, boolean trustScanFingerprints) {
        this(pool, index, trustScanFingerprints, null);
    }

    /** @param provenance asks the checksum database (offline, from go's cache) about each version; null not to */
    public CacheVerifier(ForkJoinPool pool, VerifyIndex index, boolean trustScanFingerprints, ProvenanceChecker provenance) {
        this.pool = pool;
        this.index = index;
        this.trustScanFingerprints = trustScanFingerprints;
        this.provenance = provenance;
    }

    /**
     * @throws java.util.concurrent.CancellationException when cancelled; verdicts reached so far
     *         have been reported to the listener and kept in the index
     */
    public VerifyResult verify(Path root, List<ModuleVersion> versions, GoSumIndex sums, VerifyListener listener,
                               CancellationToken cancel) {
        Map<VersionId, Verdict> verdicts = new ConcurrentHashMap<>();
        AtomicInteger checked = new AtomicInteger();
        AtomicInteger reused = new AtomicInteger();
        ThreadLocal<VersionVerifier> verifiers = ThreadLocal.withInitial(() -> new VersionVerifier(root, cancel));
        try {
            pool.submit(() -> versions.parallelStream().forEach(v -> {
                cancel.throwIfCancelled();
                io.modcache.concurrent.Submissions.runOneWaiting();
                VersionVerifier verifier = verifiers.get();
                VersionCheck check = cached(verifier, v).orElse(null);
                if (check != null) {
                    reused.incrementAndGet();
                } else {
                    check = verifyOne(verifier, v);
                    index.put(v.id(), check);
                    checked.incrementAndGet();
                }
                Verdict verdict = Verdicts.of(v, check, sums);
                if (provenance != null) {
                    verdict = Verdicts.withProvenance(verdict, provenanceOf(v, check));
                }
                verdicts.put(v.id(), verdict);
                listener.verified(v, verdict);
            })).join();
        } finally {
            saveIndex();
        }
        return new VerifyResult(Map.copyOf(verdicts), checked.get(), reused.get());
    }

    /**
     * The verdict the index already holds for a version whose files have the fingerprint a scan
     * just computed, with what the checksum database says when that is known or cheap to know
     * (no file content is read), or empty when the version has to be verified again.
     */
    public Optional<Verdict> known(ModuleVersion v, GoSumIndex sums) {
        if (v.fingerprint() == null) {
            return Optional.empty();
        }
        return index.lookup(v.id(), v.fingerprint()).map(check -> {
            Verdict verdict = Verdicts.of(v, check, sums);
            return provenance == null ? verdict : Verdicts.withProvenance(verdict, provenanceOf(v, check));
        });
    }

    /**
     * What the checksum database says, from the index when the version's files and the record it
     * rests on did not change (a confirmation or a mismatch does not change by itself); an answer
     * given online for a version go has no record of is kept too.
     */
    private Provenance provenanceOf(ModuleVersion v, VersionCheck check) {
        String evidence = provenance.evidence(v);
        String fingerprint = check.fingerprint();
        if (evidence != null) {
            Optional<Provenance> known = index.provenance(v.id(), fingerprint, evidence)
                    .or(() -> index.provenance(v.id(), fingerprint, ProvenanceChecker.askedOnline(evidence)));
            if (known.isPresent()) {
                return known.get();
            }
        }
        Provenance p = Verdicts.provenance(provenance, v, check);
        if (evidence != null && (p.state() == Provenance.State.CONFIRMED || p.state() == Provenance.State.MISMATCH)) {
            index.putProvenance(v.id(), fingerprint, ProvenanceChecker.askedOnline(evidence), p);
        }
        return p;
    }

    /** One version's check; whatever goes wrong with it is its verdict, and the others go on. */
    private static VersionCheck verifyOne(VersionVerifier verifier, ModuleVersion v) {
        try {
            return verifier.verify(v);
        } catch (java.util.concurrent.CancellationException e) {
            throw e;
        } catch (RuntimeException e) {
            return new VersionCheck(null, null, null, null, List.of(Problem.of(Problem.Kind.UNREADABLE,
                    "cannot verify: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()))), null);
        }
    }

    /** After a full scan: forget index entries of versions no longer in the cache. */
    public void forgetAllBut(List<ModuleVersion> present) {
        index.retainOnly(present.stream().map(ModuleVersion::id).collect(Collectors.toSet()));
    }

    private Optional<VersionCheck> cached(VersionVerifier verifier, ModuleVersion v) {
        try {
            String now = trustScanFingerprints && v.fingerprint() != null ? v.fingerprint() : verifier.fingerprint(v);
            return index.lookup(v.id(), now);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** A lost index costs only time next run, so failing to save it is logged, not fatal. */
    private void saveIndex() {
        try {
            index.save();
        } catch (IOException e) {
            System.getLogger(CacheVerifier.class.getName()).log(System.Logger.Level.WARNING,
                    "cannot save the verification index: " + e.getMessage());
        }
    }
}
