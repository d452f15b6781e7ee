package io.modcache.clean;

import io.modcache.cache.DownloadFileName;
import io.modcache.cache.VersionPaths;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * The deletion's check, applied to every path at the moment it is removed: it must be inside the
 * cache and one of the paths its entry may own. A plan built by hand or from stale data cannot
 * delete anything else. (That no folder on the way is a link is the business of
 * {@link io.modcache.fs.SafeDir}, through which every removal goes.)
 */
final class PathGuard {

    private final Path root;

    PathGuard(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** {@code path} relative to the root, once it passed the checks. */
    Path check(PlanEntry entry, Path path) throws IOException {
        Path p = path.toAbsolutePath().normalize();
        if (!p.equals(path.toAbsolutePath()) || !p.startsWith(root) || p.equals(root)) {
            throw new IOException("refusing to delete " + path + ": not inside the cache " + root);
        }
        if (!belongsTo(entry, p)) {
            throw new IOException("refusing to delete " + path + ": it is not part of " + entry.id());
        }
        return root.relativize(p);
    }

    private boolean belongsTo(PlanEntry entry, Path p) {
        if (!entry.isVersion()) {
            Path own = root.resolve(entry.path()).normalize();
            return p.equals(own) || p.equals(own.resolveSibling(own.getFileName() + ".info"));
        }
        VersionPaths v = VersionPaths.of(root, entry.escapedPath(), entry.escapedVersion());
        if (p.equals(v.tree()) || p.equals(v.zip()) || p.equals(v.ziphash()) || p.equals(v.mod())
                || p.equals(v.info()) || p.equals(v.partial())) {
            return true;
        }
        String name = p.getFileName().toString();
        if (p.getParent().equals(v.tree().getParent()) && name.startsWith(v.tree().getFileName() + ".tmp-")) {
            return true;
        }
        DownloadFileName file = DownloadFileName.classify(name);
        return p.getParent().equals(v.atV()) && file.kind() == DownloadFileName.Kind.TEMP
                && entry.escapedVersion().equals(file.escapedVersion());
    }

    /** Whether {@code root} looks like a module cache (it has {@code cache/download}). */
    static boolean looksLikeModuleCache(Path root) {
        return Files.isDirectory(root.resolve("cache").resolve("download"), LinkOption.NOFOLLOW_LINKS);
    }
}
