package io.modcache.verify;

import io.modcache.cache.ModuleVersion;
import io.modcache.cache.Problem;
import io.modcache.cache.VerificationStatus;
import io.modcache.projects.GoSumIndex;
import io.modcache.projects.GoSumLine;
import io.modcache.sumdb.Provenance;
import io.modcache.sumdb.ProvenanceChecker;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Combines a version's file check with the user's go.sum files into its verdict. */
public final class Verdicts {

    /** Most severe first: when findings disagree, the earliest in this list is the status. */
    public static final List<VerificationStatus> SEVERITY = List.of(
            VerificationStatus.SUMDB_MISMATCH, VerificationStatus.DIR_MODIFIED, VerificationStatus.ZIP_MODIFIED, VerificationStatus.GOSUM_MISMATCH,
            VerificationStatus.CORRUPT_ZIP, VerificationStatus.MISSING_ZIPHASH, VerificationStatus.ERROR,
            VerificationStatus.INCOMPLETE, VerificationStatus.MOD_ONLY, VerificationStatus.VERIFIED,
            VerificationStatus.UNVERIFIED);

    public static final Comparator<VerificationStatus> MOST_SEVERE_FIRST = Comparator.comparingInt(SEVERITY::indexOf);

    private Verdicts() {
    }

    public static Verdict of(ModuleVersion v, VersionCheck check, GoSumIndex sums) {
        List<Problem> findings = new ArrayList<>(check.problems());
        Set<Path> matched = new LinkedHashSet<>();
        String content = check.contentHash();
        for (GoSumLine line : sums.lines(v.path(), v.version())) {
            if (!line.hash().startsWith("h1:")) {
                continue; // go only knows h1
            }
            String ours = line.goMod() ? check.modHash() : content;
            if (ours == null) {
                continue;
            }
            if (ours.equals(line.hash())) {
                matched.add(line.file());
            } else {
                findings.add(Problem.of(Problem.Kind.GOSUM_MISMATCH, String.format(
                        "go.sum mismatch: %s:%d pins %s%s, the cache has %s", line.file(), line.line(), line.hash(),
                        line.goMod() ? " for go.mod" : "", ours)));
            }
        }
        VerificationStatus status = findings.stream().map(p -> p.kind().status()).min(MOST_SEVERE_FIRST)
                .orElse(check.zipHash() == null && check.dirHash() == null ? VerificationStatus.MOD_ONLY : VerificationStatus.VERIFIED);
        return new Verdict(status, findings, List.copyOf(matched), check, null);
    }

    /**
     * The verdict with what the checksum database says: a mismatch is a problem of its own, the most
     * severe; the other answers only inform.
     */
    public static Verdict withProvenance(Verdict verdict, Provenance provenance) {
        if (provenance == null) {
            return verdict;
        }
        List<Problem> findings = new ArrayList<>(verdict.problems());
        VerificationStatus status = verdict.status();
        if (provenance.state() == Provenance.State.MISMATCH) {
            findings.add(0, Problem.of(Problem.Kind.SUMDB_MISMATCH, provenance.detail()));
            status = VerificationStatus.SUMDB_MISMATCH;
        }
        return new Verdict(status, findings, verdict.matchedGoSums(), verdict.check(), provenance);
    }

    /**
     * What the database says of {@code v}, with the hashes read from its own files under {@code root}
     * (its .ziphash and the h1 of its .mod; either missing or unreadable counts as absent): for a
     * listing, which has no verification's check at hand.
     */
    public static Provenance provenanceFromFiles(ProvenanceChecker checker, Path root, ModuleVersion v) {
        io.modcache.cache.VersionPaths p = io.modcache.cache.VersionPaths.of(root, v);
        return checker.check(v, readHash(p.ziphash(), false), readHash(p.mod(), true));
    }

    private static String readHash(Path file, boolean mod) {
        try {
            byte[] content = io.modcache.fs.SafeFiles.read(file, mod ? io.modcache.fs.SafeFiles.MOD_CAP : io.modcache.fs.SafeFiles.ZIPHASH_CAP);
            return mod ? DirHash.goModHash(content) : new String(content, java.nio.charset.StandardCharsets.UTF_8).trim();
        } catch (java.io.IOException e) {
            return null;
        }
    }

    /** The hashes the checksum database is asked about: the module's as go trusts it (its .ziphash), and its go.mod's. */
    public static Provenance provenance(ProvenanceChecker checker, ModuleVersion v, VersionCheck check) {
        String zip = check.ziphash() != null && DirHash.isWellFormedH1(check.ziphash()) ? check.ziphash() : check.zipHash();
        return checker.check(v, zip, check.modHash());
    }
}
