package io.modcache.clean;

import io.modcache.cache.DownloadFileName;
import io.modcache.cache.VersionPaths;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * The deletion's last line of defence, applied to every path at the moment it is removed: it must
 * be inside the cache (through no symbolic link), and it must be one of the paths its entry may
 * own. A plan built by hand or from stale data cannot delete anything else.
 */
final class PathGuard {

    private final Path root;
    private final Path realRoot;

    PathGuard(Path root) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.realRoot = this.root.toRealPath();
    }

    void check(PlanEntry entry, Path path) throws IOException {
        Path p = path.toAbsolutePath().normalize();
        if (!p.equals(path.toAbsolutePath()) || !p.startsWith(root) || p.equals(root)) {
            throw new IOException("refusing to delete " + path + ": not inside the cache " + root);
        }
        Path parent = p.getParent().toRealPath();
        if (!parent.startsWith(realRoot)) {
            throw new IOException("refusing to delete " + path + ": its folder leads outside the cache through a symbolic link");
        }
        if (!belongsTo(entry, p)) {
            throw new IOException("refusing to delete " + path + ": it is not part of " + entry.id());
        }
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
