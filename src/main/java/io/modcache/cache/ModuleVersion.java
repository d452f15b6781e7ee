package io.modcache.cache;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One module version as found in the cache: its extracted tree and its {@code cache/download}
 * files joined together.
 *
 * @param path           the module path (the escaped name as found when it is not validly escaped)
 * @param version        the version (likewise)
 * @param escapedPath    the module path as it appears on disk
 * @param escapedVersion the version as it appears on disk
 * @param bytes          apparent size of all its regular files
 * @param files          number of its regular files
 * @param parts          which parts exist
 * @param lastAccess     newest access time among its files, or null
 * @param downloaded     modification time of the zip, else of the tree, or null
 * @param status         verification verdict
 * @param problems       what is wrong with it
 * @param fingerprint    identity of its files' state when scanned (see {@link Fingerprint}), or null
 */
public record ModuleVersion(
        String path,
        String version,
        String escapedPath,
        String escapedVersion,
        long bytes,
        long files,
        Set<CachePart> parts,
        Instant lastAccess,
        Instant downloaded,
        VerificationStatus status,
        List<Problem> problems,
        String fingerprint) {

    public ModuleVersion {
        // In enum order, so that iterating or printing parts gives the same result in every JVM.
        parts = Collections.unmodifiableSet(parts.isEmpty() ? EnumSet.noneOf(CachePart.class) : EnumSet.copyOf(parts));
        problems = List.copyOf(problems);
    }

    public boolean extracted() {
        return parts.contains(CachePart.TREE);
    }

    public boolean hasZip() {
        return parts.contains(CachePart.ZIP);
    }

    /** {@code path@version}, as the go command names it. */
    public VersionId id() {
        return new VersionId(path, version);
    }

    /** The problems in words. */
    public List<String> problemTexts() {
        return problems.stream().map(Problem::text).toList();
    }

    /** Whether the scan already settled the verdict (an invalid or unrepresentable name, an unreadable folder). */
    public boolean settledByScan() {
        return problems.stream().anyMatch(p -> p.kind().decidedByScan());
    }

    /** This version after some of its parts were deleted, weighing {@code bytes} and {@code files} less. */
    public ModuleVersion without(Set<CachePart> removed, long removedBytes, long removedFiles) {
        EnumSet<CachePart> left = parts.isEmpty() ? EnumSet.noneOf(CachePart.class) : EnumSet.copyOf(parts);
        left.removeAll(removed);
        return new ModuleVersion(path, version, escapedPath, escapedVersion, Math.max(0, bytes - removedBytes),
                Math.max(0, files - removedFiles), left, lastAccess, left.contains(CachePart.ZIP) ? downloaded : null,
                VerificationStatus.UNVERIFIED, List.of(), null);
    }

    public ModuleVersion withVerdict(VerificationStatus newStatus, List<Problem> newProblems) {
        return withVerdict(newStatus, newProblems, fingerprint);
    }

    /** With a verdict, and the fingerprint of the files as verification saw them (null keeps the scan's). */
    public ModuleVersion withVerdict(VerificationStatus newStatus, List<Problem> newProblems, String checkedFingerprint) {
        return new ModuleVersion(path, version, escapedPath, escapedVersion, bytes, files, parts,
                lastAccess, downloaded, newStatus, newProblems, checkedFingerprint != null ? checkedFingerprint : fingerprint);
    }
}
