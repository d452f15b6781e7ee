package io.modcache.cache;

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
    private final List<String> problems = new ArrayList<>(0);
    private Instant zipModified;
    private Instant treeModified;
    private boolean reported;
    private final Fingerprint fingerprint = new Fingerprint();

    VersionAccumulator(String escapedPath, String escapedVersion) {
        this.escapedPath = escapedPath;
        this.escapedVersion = escapedVersion;
    }

    synchronized void addDownloadFile(CachePart part, String name, FileStat attrs) {
        parts.add(part);
        tally.addFile(attrs);
        if (part != CachePart.LOCK && part != CachePart.TEMP) {
            fingerprint.add(name, attrs);
        }
        if (part == CachePart.ZIP) {
            zipModified = attrs.lastModifiedTime().toInstant();
        } else if (part == CachePart.PARTIAL) {
            problems.add("extraction did not finish (" + name + " exists)");
        } else if (part == CachePart.TEMP) {
            problems.add("leftover temporary file " + name);
        }
    }

    /** @param treeFingerprint the tree's entries, or null for a leftover temporary tree (not fingerprinted) */
    synchronized void addTree(FileTally treeTally, Instant modified, String leftoverTempName, Fingerprint treeFingerprint) {
        tally.add(treeTally);
        problems.addAll(treeTally.problems);
        if (leftoverTempName == null) {
            parts.add(CachePart.TREE);
            treeModified = modified;
            fingerprint.merge(treeFingerprint);
        } else {
            parts.add(CachePart.TEMP);
            problems.add("leftover temporary directory " + leftoverTempName);
        }
        reported = true;
    }

    /** Whether a tree was added (and so the version was already reported while scanning). */
    synchronized boolean reported() {
        return reported;
    }

    synchronized ModuleVersion toVersion() {
        List<String> allProblems = new ArrayList<>();
        String path;
        String version;
        boolean valid = true;
        try {
            path = ModulePaths.unescapePath(escapedPath);
        } catch (InvalidModulePathException e) {
            path = escapedPath;
            allProblems.add(e.getMessage());
            valid = false;
        }
        try {
            version = ModulePaths.unescapeVersion(escapedVersion);
            if (!GoVersions.canonical(version).equals(version)) {
                allProblems.add("\"" + version + "\" is not a canonical semantic version");
                valid = false;
            }
        } catch (InvalidModulePathException e) {
            version = escapedVersion;
            allProblems.add(e.getMessage());
            valid = false;
        }
        allProblems.addAll(problems);
        boolean unreadable = problems.stream().anyMatch(p -> p.startsWith("cannot read"));
        VerificationStatus status = !valid || unreadable ? VerificationStatus.ERROR : VerificationStatus.UNVERIFIED;
        Instant access = tally.files == 0 ? null : Instant.ofEpochMilli(tally.newestAccessMillis);
        Fingerprint fp = fingerprint.copy();
        fp.addParts(parts);
        return new ModuleVersion(path, version, escapedPath, escapedVersion, tally.bytes, tally.files, parts,
                access, zipModified != null ? zipModified : treeModified, status, allProblems, fp.value());
    }
}
