package io.modcache.cache;

import io.modcache.fs.FileStat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Collects the parts of one module version found by different scan tasks; thread-safe. */
final class VersionAccumulator {

    private final String escapedPath;
    private final String escapedVersion;
    private final Set<CachePart> parts = EnumSet.noneOf(CachePart.class);
    private final FileTally tally = new FileTally();
    private final List<Problem> problems = new ArrayList<>(0);
    private Instant zipModified;
    private Instant treeModified;
    private boolean reported;
    /** Null when the scan computes no fingerprints. */
    private final Fingerprint fingerprint;

    VersionAccumulator(String escapedPath, String escapedVersion, boolean fingerprinted) {
        this.escapedPath = escapedPath;
        this.escapedVersion = escapedVersion;
        this.fingerprint = fingerprinted ? new Fingerprint() : null;
    }

    /** A file of {@code cache/download/<path>/@v/} named for this version; links and special files are flagged, not counted. */
    synchronized void addDownloadFile(CachePart part, String name, FileStat attrs) {
        parts.add(part);
        if (attrs.isRegularFile()) {
            tally.addFile(attrs);
        } else {
            problems.add(Problem.of(Problem.Kind.NOT_REGULAR, name + " is " + attrs.kind().description() + "; it is never opened"));
        }
        if (fingerprint != null && part != CachePart.LOCK && part != CachePart.TEMP) {
            fingerprint.add(name, attrs);
        }
        if (part == CachePart.ZIP) {
            zipModified = attrs.lastModifiedTime().toInstant();
        } else if (part == CachePart.PARTIAL) {
            problems.add(Problem.of(Problem.Kind.PARTIAL, "extraction did not finish (" + name + " exists)"));
        } else if (part == CachePart.TEMP) {
            problems.add(Problem.of(Problem.Kind.LEFTOVER_TEMP, "leftover temporary file " + name));
        }
    }

    /** @param treeFingerprint the tree's entries, or null for a leftover temporary tree or a scan without fingerprints */
    synchronized void addTree(FileTally treeTally, Instant modified, String leftoverTempName, Fingerprint treeFingerprint) {
        tally.add(treeTally);
        problems.addAll(treeTally.allProblems());
        if (leftoverTempName == null) {
            parts.add(CachePart.TREE);
            treeModified = modified;
            if (fingerprint != null && treeFingerprint != null) {
                fingerprint.merge(treeFingerprint);
            }
        } else {
            parts.add(CachePart.TEMP);
            problems.add(Problem.of(Problem.Kind.LEFTOVER_TEMP, "leftover temporary directory " + leftoverTempName));
        }
        reported = true;
    }

    /** Whether a tree was added (and so the version was already reported while scanning). */
    synchronized boolean reported() {
        return reported;
    }

    /**
     * Only a {@code .lock} is left: go keeps lock files when a version is removed, so this is
     * not a cached version; its file counts towards the module.
     */
    synchronized boolean isLockOnly() {
        return parts.equals(EnumSet.of(CachePart.LOCK)) && problems.isEmpty();
    }

    synchronized String escapedPath() {
        return escapedPath;
    }

    synchronized void addTo(FileTally moduleFiles) {
        moduleFiles.add(tally);
    }

    synchronized ModuleVersion toVersion() {
        List<Problem> all = new ArrayList<>();
        String path = escapedPath;
        String version = escapedVersion;
        if (FileNames.isUnmappable(escapedPath) || FileNames.isUnmappable(escapedVersion)) {
            all.add(Problem.of(Problem.Kind.UNMAPPABLE_NAME, FileNames.unmappableProblem("the folder " + escapedPath + "@" + escapedVersion)));
        } else {
            try {
                path = ModulePaths.unescapePath(escapedPath);
            } catch (InvalidModulePathException e) {
                all.add(Problem.of(Problem.Kind.INVALID_NAME, e.getMessage()));
            }
            try {
                version = ModulePaths.unescapeVersion(escapedVersion);
                if (!GoVersions.canonical(version).equals(version)) {
                    all.add(Problem.of(Problem.Kind.INVALID_NAME, "\"" + version + "\" is not a canonical semantic version"));
                }
            } catch (InvalidModulePathException e) {
                all.add(Problem.of(Problem.Kind.INVALID_NAME, e.getMessage()));
            }
        }
        all.addAll(problems);
        boolean settled = all.stream().anyMatch(p -> p.kind().decidedByScan());
        VerificationStatus status = settled ? VerificationStatus.ERROR : VerificationStatus.UNVERIFIED;
        Instant access = tally.files == 0 ? null : Instant.ofEpochMilli(tally.newestAccessMillis);
        String fp = null;
        if (fingerprint != null) {
            Fingerprint whole = fingerprint.copy();
            whole.addParts(parts);
            fp = whole.value();
        }
        return new ModuleVersion(path, version, escapedPath, escapedVersion, tally.bytes, tally.files, parts,
                access, zipModified != null ? zipModified : treeModified, status, all, fp);
    }
}
