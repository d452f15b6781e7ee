package io.modcache.clean;

import io.modcache.system.PrivatePatterns;
import io.modcache.cache.CachePart;
import io.modcache.cache.DownloadFileName;
import io.modcache.cache.FileNames;
import io.modcache.cache.ModuleVersion;
import io.modcache.cache.OtherEntry;
import io.modcache.cache.VersionPaths;
import io.modcache.concurrent.CancellationToken;
import io.modcache.fs.FileCount;
import io.modcache.fs.SafeDir;
import io.modcache.projects.GoSumIndex;
import io.modcache.projects.GoSumLine;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds a {@link DeletionPlan}: for each selected version or other entry, the paths that will go
 * and what they weigh (read from disk now, not from an older scan), plus warnings. A version or
 * entry that cannot be planned (a link where a folder should be, a name this system cannot
 * represent, a tree too deep to read) is listed as {@link Unplanned}; the rest are planned.
 */
public final class DeletionPlanner {

    private final Path root;
    private final GoSumIndex sums;
    private final PrivatePatterns privatePatterns;

    public DeletionPlanner(Path root, GoSumIndex sums, PrivatePatterns privatePatterns) {
        this.root = root.toAbsolutePath().normalize();
        this.sums = sums;
        this.privatePatterns = privatePatterns;
    }

    /** Plans versions chosen by hand: all of each may go, as the scope says. */
    public DeletionPlan plan(List<ModuleVersion> versions, List<OtherEntry> others, Scope scope, boolean wholeCache,
                             CancellationToken cancel) throws IOException {
        return planCandidates(versions.stream().map(Candidate::chosen).toList(), others, scope, wholeCache, cancel);
    }

    /** Plans versions with their limits and reasons (from the rules). */
    public DeletionPlan planCandidates(List<Candidate> candidates, List<OtherEntry> others, Scope scope, boolean wholeCache,
                                       CancellationToken cancel) throws IOException {
        List<PlanEntry> entries = new ArrayList<>();
        List<Unplanned> unplanned = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        if (wholeCache) {
            warnings.add("This deletes everything in the module cache, like go clean -modcache: every version and entry "
                    + "below, then what remains (lock files, module lists, empty folders).");
        }
        Set<String> privateWarned = new LinkedHashSet<>();
        Map<String, List<String>> pinned = new LinkedHashMap<>();
        try (SafeDir rootDir = SafeDir.open(root)) {
            for (Candidate c : candidates) {
                cancel.throwIfCancelled();
                ModuleVersion v = c.version();
                PlanEntry entry;
                try {
                    entry = versionEntry(rootDir, c, scope.narrowedTo(c.limit()));
                } catch (IOException | InvalidPathException e) {
                    unplanned.add(new Unplanned(v.path(), v.version(), reason(e)));
                    continue;
                }
                if (entry.paths().isEmpty()) {
                    continue;
                }
                entries.add(entry);
                warnAbout(v, entry.scope(), pinned, warnings, privateWarned);
            }
            for (OtherEntry o : others) {
                cancel.throwIfCancelled();
                if (o.kind() == OtherEntry.Kind.LOCK) {
                    // with the whole cache it goes last, held, in the sweep (CacheSweep)
                    if (!wholeCache) {
                        unplanned.add(new Unplanned(o.path(), null, "go's own lock: go holds it while it changes the cache, and "
                                + "two go commands would not wait for each other on a new one; it goes only with the whole cache"));
                    }
                    continue;
                }
                try {
                    PlanEntry entry = otherEntry(rootDir, o);
                    if (!entry.paths().isEmpty()) {
                        entries.add(entry);
                    }
                } catch (IOException | InvalidPathException e) {
                    unplanned.add(new Unplanned(o.path(), null, reason(e)));
                }
            }
        }
        warnPinned(pinned, warnings);
        return new DeletionPlan(root, scope, entries, unplanned, warnings, wholeCache);
    }

    private void warnAbout(ModuleVersion v, Scope scope, Map<String, List<String>> pinned, List<String> warnings, Set<String> privateWarned) {
        List<GoSumLine> pins = sums.lines(v.path(), v.version());
        if (!pins.isEmpty()) {
            List<String> files = pins.stream().map(l -> l.file().toString()).distinct().toList();
            pinned.computeIfAbsent(firstFew(files), k -> new ArrayList<>()).add(v.id().toString());
        }
        String variable = privatePatterns.matchingVariable(v.path());
        if (variable != null && scope == Scope.EVERYTHING && privateWarned.add(v.path())) {
            warnings.add(v.path() + " matches " + variable + ": it may not be downloadable again once deleted.");
        }
    }

    /**
     * One warning per version pinned by go.sum files, or, when more than a few are pinned by the
     * same files, one for all of them: a rule choosing 183 versions gave 183 lines saying the same.
     */
    private static void warnPinned(Map<String, List<String>> pinned, List<String> warnings) {
        pinned.forEach((files, ids) -> {
            if (ids.size() <= FEW) {
                ids.forEach(id -> warnings.add(id + " is pinned by the go.sum of a project you named: " + files));
            } else {
                warnings.add(ids.size() + " of these versions are pinned by the go.sum of a project you named: " + files
                        + " (" + firstFew(ids) + ")");
            }
        });
    }

    private static final int FEW = 3;

    private static String firstFew(List<String> items) {
        return String.join(", ", items.subList(0, Math.min(FEW, items.size())))
                + (items.size() > FEW ? " and " + (items.size() - FEW) + " more" : "");
    }

    private PlanEntry versionEntry(SafeDir rootDir, Candidate c, Scope scope) throws IOException {
        ModuleVersion v = c.version();
        if (FileNames.isUnmappable(v.escapedPath()) || FileNames.isUnmappable(v.escapedVersion())) {
            throw new IOException(FileNames.unmappableProblem("its folder"));
        }
        VersionPaths p = VersionPaths.of(root, v);
        Plan plan = new Plan(rootDir);
        plan.add(p.tree(), CachePart.TREE);
        if (v.parts().contains(CachePart.TEMP)) {
            for (Path tempTree : plan.siblings(p.tree().getParent(), p.tree().getFileName() + ".tmp-")) {
                plan.add(tempTree, CachePart.TEMP);
            }
        }
        if (scope.removesZip()) {
            plan.add(p.ziphash(), CachePart.ZIPHASH);
            plan.add(p.zip(), CachePart.ZIP);
            if (scope.removesMetadata()) {
                plan.add(p.mod(), CachePart.MOD);
                plan.add(p.info(), CachePart.INFO);
            }
            plan.add(p.partial(), CachePart.PARTIAL);
            if (v.parts().contains(CachePart.TEMP)) {
                for (Path temp : plan.siblings(p.atV(), v.escapedVersion() + ".")) {
                    DownloadFileName name = DownloadFileName.classify(temp.getFileName().toString());
                    if (name.kind() == DownloadFileName.Kind.TEMP && v.escapedVersion().equals(name.escapedVersion())) {
                        plan.add(temp, CachePart.TEMP);
                    }
                }
            }
        }
        return new PlanEntry(v.path(), v.version(), v.escapedPath(), v.escapedVersion(), null, plan.paths, plan.parts,
                plan.count.bytes(), plan.count.files(), scope, c.reasons());
    }

    private PlanEntry otherEntry(SafeDir rootDir, OtherEntry o) throws IOException {
        if (FileNames.isUnmappable(o.path())) {
            throw new IOException(FileNames.unmappableProblem("it"));
        }
        Path p = root.resolve(o.path()).normalize();
        Plan plan = new Plan(rootDir);
        plan.add(p, null);
        if (o.kind() == OtherEntry.Kind.VCS) {
            plan.add(p.resolveSibling(p.getFileName() + ".info"), null);
        }
        return new PlanEntry(o.path(), null, null, null, o.kind(), plan.paths, Set.of(), plan.count.bytes(), plan.count.files(),
                Scope.EVERYTHING, List.of());
    }

    private static String reason(Exception e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or folder: " + e.getMessage();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** The paths of one entry that exist, and what they weigh, read through safe directory handles. */
    private final class Plan {
        private final SafeDir rootDir;
        final List<Path> paths = new ArrayList<>();
        final Set<CachePart> parts = EnumSet.noneOf(CachePart.class);
        FileCount count = FileCount.ZERO;

        Plan(SafeDir rootDir) {
            this.rootDir = rootDir;
        }

        /** Adds {@code path} when it exists (a link counts as existing: it is removed as a link). */
        void add(Path path, CachePart part) throws IOException {
            Path rel = root.relativize(path);
            try (SafeDir parent = rootDir.openBelow(parentOf(rel))) {
                if (parent.kindOf(rel.getFileName()) == null) {
                    return;
                }
                count = count.plus(parent.count(rel.getFileName()));
            } catch (NoSuchFileException absent) {
                return;
            }
            paths.add(path);
            if (part != null) {
                parts.add(part);
            }
        }

        /** Entries of {@code dir} whose names start with {@code prefix}. */
        List<Path> siblings(Path dir, String prefix) throws IOException {
            List<Path> out = new ArrayList<>();
            try (SafeDir d = rootDir.openBelow(root.relativize(dir))) {
                for (Path name : d.names()) {
                    if (name.toString().startsWith(prefix)) {
                        out.add(dir.resolve(name.toString()));
                    }
                }
            } catch (NoSuchFileException absent) {
                // nothing there
            }
            return out;
        }

        private Path parentOf(Path rel) {
            return rel.getParent() == null ? rel.getFileSystem().getPath("") : rel.getParent();
        }
    }
}
