package io.modcache.clean;

import io.modcache.cache.CachePart;
import io.modcache.cache.DownloadFileName;
import io.modcache.cache.ModuleVersion;
import io.modcache.cache.OtherEntry;
import io.modcache.cache.VersionPaths;
import io.modcache.concurrent.CancellationToken;
import io.modcache.projects.GoSumIndex;
import io.modcache.projects.GoSumLine;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds a {@link DeletionPlan}: for each selected version or other entry, the paths that will go
 * and what they weigh (read from disk now, not from an older scan), plus warnings.
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

    public DeletionPlan plan(List<ModuleVersion> versions, List<OtherEntry> others, Scope scope, boolean wholeCache,
                             CancellationToken cancel) throws IOException {
        List<PlanEntry> entries = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        if (wholeCache) {
            warnings.add("This deletes everything in the module cache, like go clean -modcache.");
        }
        Set<String> privateWarned = new LinkedHashSet<>();
        for (ModuleVersion v : versions) {
            cancel.throwIfCancelled();
            PlanEntry entry = versionEntry(v, scope);
            if (entry.paths().isEmpty()) {
                continue;
            }
            entries.add(entry);
            List<GoSumLine> pins = sums.lines(v.path(), v.version());
            if (!pins.isEmpty()) {
                List<String> files = pins.stream().map(l -> l.file().toString()).distinct().toList();
                warnings.add(v.id() + " is pinned by the go.sum of a project you named: "
                        + String.join(", ", files.subList(0, Math.min(3, files.size())))
                        + (files.size() > 3 ? " and " + (files.size() - 3) + " more" : ""));
            }
            String variable = privatePatterns.matchingVariable(v.path());
            if (variable != null && scope == Scope.EVERYTHING && privateWarned.add(v.path())) {
                warnings.add(v.path() + " matches " + variable + ": it may not be downloadable again once deleted.");
            }
        }
        for (OtherEntry o : others) {
            cancel.throwIfCancelled();
            PlanEntry entry = otherEntry(o);
            if (!entry.paths().isEmpty()) {
                entries.add(entry);
            }
        }
        return new DeletionPlan(root, scope, entries, warnings, wholeCache);
    }

    private PlanEntry versionEntry(ModuleVersion v, Scope scope) throws IOException {
        VersionPaths p = VersionPaths.of(root, v);
        List<Path> paths = new ArrayList<>();
        Set<CachePart> parts = EnumSet.noneOf(CachePart.class);
        Tally t = new Tally();
        if (exists(p.tree())) {
            paths.add(p.tree());
            parts.add(CachePart.TREE);
            t.addTree(p.tree());
        }
        if (v.parts().contains(CachePart.TEMP)) {
            for (Path tempTree : siblings(p.tree().getParent(), p.tree().getFileName() + ".tmp-")) {
                paths.add(tempTree);
                parts.add(CachePart.TEMP);
                t.addTree(tempTree);
            }
        }
        if (scope == Scope.EVERYTHING) {
            addFile(paths, parts, t, p.ziphash(), CachePart.ZIPHASH);
            addFile(paths, parts, t, p.zip(), CachePart.ZIP);
            addFile(paths, parts, t, p.mod(), CachePart.MOD);
            addFile(paths, parts, t, p.info(), CachePart.INFO);
            addFile(paths, parts, t, p.partial(), CachePart.PARTIAL);
            if (v.parts().contains(CachePart.TEMP)) {
                for (Path temp : siblings(p.atV(), v.escapedVersion() + ".")) {
                    DownloadFileName name = DownloadFileName.classify(temp.getFileName().toString());
                    if (name.kind() == DownloadFileName.Kind.TEMP && v.escapedVersion().equals(name.escapedVersion())) {
                        addFile(paths, parts, t, temp, CachePart.TEMP);
                    }
                }
            }
        }
        return new PlanEntry(v.path(), v.version(), v.escapedPath(), v.escapedVersion(), null, paths, parts, t.bytes, t.files);
    }

    private PlanEntry otherEntry(OtherEntry o) throws IOException {
        Path p = root.resolve(o.path()).normalize();
        List<Path> paths = new ArrayList<>();
        Tally t = new Tally();
        if (exists(p)) {
            paths.add(p);
            t.addTree(p);
        }
        if (o.kind() == OtherEntry.Kind.VCS) {
            Path info = p.resolveSibling(p.getFileName() + ".info");
            if (exists(info)) {
                paths.add(info);
                t.addTree(info);
            }
        }
        return new PlanEntry(o.path(), null, null, null, o.kind().name().toLowerCase(java.util.Locale.ROOT), paths,
                Set.of(), t.bytes, t.files);
    }

    private static void addFile(List<Path> paths, Set<CachePart> parts, Tally t, Path file, CachePart part) throws IOException {
        if (exists(file)) {
            paths.add(file);
            parts.add(part);
            t.addTree(file);
        }
    }

    /** Entries of {@code dir} whose names start with {@code prefix}. */
    private static List<Path> siblings(Path dir, String prefix) throws IOException {
        List<Path> out = new ArrayList<>();
        if (dir == null || !Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return out;
        }
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, e -> e.getFileName().toString().startsWith(prefix))) {
            s.forEach(out::add);
        }
        return out;
    }

    private static boolean exists(Path p) {
        return Files.exists(p, LinkOption.NOFOLLOW_LINKS);
    }

    /** Regular files below a path (links not followed), as the deletion will count them. */
    private static final class Tally {
        long bytes;
        long files;

        void addTree(Path p) throws IOException {
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (a.isRegularFile()) {
                bytes += a.size();
                files++;
            } else if (a.isDirectory()) {
                try (DirectoryStream<Path> s = Files.newDirectoryStream(p)) {
                    for (Path child : s) {
                        addTree(child);
                    }
                }
            }
        }
    }
}
