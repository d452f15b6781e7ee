package io.modcache.clean;

import io.modcache.cache.VersionPaths;
import io.modcache.concurrent.CancellationToken;
import io.modcache.fs.FileCount;
import io.modcache.fs.FileKind;
import io.modcache.fs.SafeDir;
import io.modcache.fs.UnsafeFileException;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;

/**
 * Deletes one plan entry with the go command's own protocol (see {@link SafeDeleter}). Every
 * path is checked against the entry, every folder is entered without following a link, and the
 * {@code .lock} and {@code .partial} files are never created or opened through one: a link where
 * a file or folder of ours should be fails this entry, and nothing outside the cache is touched.
 */
final class EntryDeletion {

    private final Path root;
    private final FileLocks locks;
    private final PathGuard guard;
    private final SafeDir.FileRemover counting;

    /** @param removedFiles counts every file removed, as it goes, for the throughput the deleter adapts to */
    EntryDeletion(Path root, FileLocks locks, LongAdder removedFiles) {
        this.root = root.toAbsolutePath().normalize();
        this.locks = locks;
        this.guard = new PathGuard(this.root);
        this.counting = (dir, name) -> {
            dir.deleteFile(name);
            removedFiles.increment();
        };
    }

    /** @return what was removed */
    FileCount delete(PlanEntry entry, CancellationToken cancel) throws IOException {
        return entry.isVersion() ? deleteVersion(entry) : deleteOther(entry, cancel);
    }

    private FileCount deleteVersion(PlanEntry entry) throws IOException {
        VersionPaths v = VersionPaths.of(root, entry.escapedPath(), entry.escapedVersion());
        List<Path> others = new ArrayList<>();
        Set<Path> downloadFiles = Set.of(v.zip(), v.ziphash(), v.mod(), v.info(), v.partial());
        for (Path p : entry.paths()) {
            Path rel = guard.check(entry, p);
            if (!downloadFiles.contains(p)) {
                others.add(rel);
            }
        }
        try (SafeDir rootDir = SafeDir.open(root); SafeDir atV = rootDir.openOrCreateBelow(root.relativize(v.atV()))) {
            // As go's lockVersion. The version in hand is always finished: the lock is taken without cancellation.
            try (FileLocks.Held lock = locks.lock(v.lock(), CancellationToken.NONE)) {
                Path partial = v.partial().getFileName();
                boolean hadPartial = markPartial(atV, partial);
                FileCount removed = FileCount.ZERO;
                Scope scope = entry.scope();
                if (scope.removesZip()) {
                    // Before the tree: a go waiting on our lock must find the zip gone and fetch it again.
                    removed = removed.plus(atV.remove(v.ziphash().getFileName(), counting)).plus(atV.remove(v.zip().getFileName(), counting));
                }
                for (Path rel : others) {
                    removed = removed.plus(removeBelow(rootDir, rel, counting));
                }
                if (scope.removesMetadata()) {
                    removed = removed.plus(atV.remove(v.mod().getFileName(), counting)).plus(atV.remove(v.info().getFileName(), counting));
                }
                FileCount marker = atV.remove(partial);
                return hadPartial ? removed.plus(marker) : removed;
            }
        }
    }

    private FileCount deleteOther(PlanEntry entry, CancellationToken cancel) throws IOException {
        List<Path> rels = new ArrayList<>();
        for (Path p : entry.paths()) {
            rels.add(guard.check(entry, p));
        }
        try (SafeDir rootDir = SafeDir.open(root)) {
            FileCount removed = FileCount.ZERO;
            if (entry.otherKind() == io.modcache.cache.OtherEntry.Kind.VCS && !rels.isEmpty()) {
                // go holds cache/vcs/<hash>.lock while it uses the clone
                Path own = rels.get(0);
                try (SafeDir parent = openParent(rootDir, own);
                     FileLocks.Held lock = locks.lock(parent.path().resolve(own.getFileName() + ".lock"), cancel)) {
                    for (Path rel : rels) {
                        removed = removed.plus(removeBelow(rootDir, rel, counting));
                    }
                }
                return removed;
            }
            for (Path rel : rels) {
                removed = removed.plus(removeBelow(rootDir, rel, counting));
            }
            return removed;
        }
    }

    /**
     * Creates {@code .partial}, which tells go the tree is incomplete, without following a link
     * (O_CREAT|O_EXCL|O_NOFOLLOW). Returns whether one was there already.
     */
    private static boolean markPartial(SafeDir atV, Path name) throws IOException {
        FileKind kind = atV.kindOf(name);
        if (kind == null) {
            atV.createNew(name);
            return false;
        }
        if (kind != FileKind.REGULAR) {
            throw UnsafeFileException.wrongKind(atV.path().resolve(name), kind);
        }
        return true;
    }

    /** Removes {@code rel} (below the root) if it exists, entering its folders without following links. */
    static FileCount removeBelow(SafeDir rootDir, Path rel, SafeDir.FileRemover files) throws IOException {
        try (SafeDir parent = openParent(rootDir, rel)) {
            return parent.remove(rel.getFileName(), files);
        } catch (NoSuchFileException gone) {
            return FileCount.ZERO;
        }
    }

    private static SafeDir openParent(SafeDir rootDir, Path rel) throws IOException {
        Path parent = rel.getParent();
        return rootDir.openBelow(parent == null ? rel.getFileSystem().getPath("") : parent);
    }
}
