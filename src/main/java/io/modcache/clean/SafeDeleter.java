package io.modcache.clean;

import io.modcache.cache.VersionPaths;
import io.modcache.concurrent.CancellationToken;
import io.modcache.concurrent.WorkerPool;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.DosFileAttributeView;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Carries out a {@link DeletionPlan} with the go command's own locking and recovery protocol, so
 * that a running or later go always recovers:
 * <ol>
 * <li>take the exclusive lock go takes on {@code <version>.lock} (never deleting lock files);</li>
 * <li>create {@code <version>.partial}, which tells go the tree is incomplete;</li>
 * <li>scope everything: remove {@code .ziphash}, then {@code .zip}, <em>before</em> the tree: go
 *     looks for the zip without the lock and then waits for the lock, so a go that is waiting on
 *     us must find the zip missing and fetch it again, rather than find it gone after we release;</li>
 * <li>make folders writable (go leaves them read-only) and remove the tree, links as links;</li>
 * <li>scope everything: remove {@code .mod} and {@code .info}; then {@code .partial}; release;</li>
 * <li>rewrite {@code @v/list} as go does for modules that lost {@code .mod} files.</li>
 * </ol>
 * A crash at any step leaves a state go repairs by itself. Versions are deleted in parallel; a
 * failed version is recorded and the rest continue; cancelling finishes the versions in hand.
 */
public final class SafeDeleter {

    private static final boolean WINDOWS = System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).startsWith("windows");

    private final ForkJoinPool pool;
    private final FileLocks locks;

    public SafeDeleter(ForkJoinPool pool, FileLocks locks) {
        this.pool = pool;
        this.locks = locks;
    }

    /**
     * @param forceRoot delete even when the root does not look like a module cache (the user confirmed it)
     * @throws IOException when the root does not look like a module cache and {@code forceRoot} is false
     */
    public DeletionResult execute(DeletionPlan plan, boolean forceRoot, DeletionListener listener, CancellationToken cancel)
            throws IOException {
        if (!forceRoot && !PathGuard.looksLikeModuleCache(plan.root())) {
            throw new IOException(plan.root() + " does not look like a Go module cache (no cache/download folder)");
        }
        PathGuard guard = new PathGuard(plan.root());
        List<DeletionResult.Deleted> deleted = Collections.synchronizedList(new ArrayList<>());
        List<DeletionResult.Failed> failed = Collections.synchronizedList(new ArrayList<>());
        Set<Path> listsToRewrite = ConcurrentHashMap.newKeySet();
        Set<Path> emptiedParents = ConcurrentHashMap.newKeySet();
        AtomicLong freed = new AtomicLong();
        AtomicBoolean stopped = new AtomicBoolean();
        // One task per entry, each marked as blocking: deleting mostly waits on the file system,
        // so the pool keeps more deletions in flight than it has cores.
        pool.submit(() -> ForkJoinTask.invokeAll(plan.entries().stream().map(entry -> ForkJoinTask.adapt(() -> {
            if (cancel.isCancelled()) {
                stopped.set(true);
                return;
            }
            long[] bytes = {0};
            try {
                if (entry.isVersion()) {
                    WorkerPool.blocking(() -> deleteVersion(plan, entry, guard, bytes));
                    VersionPaths p = VersionPaths.of(plan.root(), entry.escapedPath(), entry.escapedVersion());
                    if (plan.scope() == Scope.EVERYTHING) {
                        listsToRewrite.add(p.atV());
                    }
                    emptiedParents.add(p.tree().getParent());
                } else {
                    WorkerPool.blocking(() -> deleteOther(entry, guard, cancel, bytes));
                }
                deleted.add(new DeletionResult.Deleted(entry, bytes[0]));
                freed.addAndGet(bytes[0]);
                listener.entryDone(entry, null, bytes[0]);
            } catch (IOException | RuntimeException e) {
                String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                failed.add(new DeletionResult.Failed(entry, why));
                freed.addAndGet(bytes[0]);
                listener.entryDone(entry, why, bytes[0]);
            }
        })).toList())).join();
        for (Path atV : listsToRewrite) {
            try {
                new VersionListWriter(locks).rewrite(atV, CancellationToken.NONE);
            } catch (IOException e) {
                failed.add(new DeletionResult.Failed(new PlanEntry(atV.toString(), null, null, null, "list", List.of(atV.resolve("list")),
                        Set.of(), 0, 0), "cannot rewrite @v/list: " + e.getMessage()));
            }
        }
        removeEmptyFolders(plan.root(), emptiedParents);
        return new DeletionResult(deleted, failed, freed.get(), stopped.get());
    }

    private void deleteVersion(DeletionPlan plan, PlanEntry entry, PathGuard guard, long[] bytes) throws IOException {
        VersionPaths v = VersionPaths.of(plan.root(), entry.escapedPath(), entry.escapedVersion());
        for (Path p : entry.paths()) {
            guard.check(entry, p);
        }
        // As go's lockVersion: the @v folder is created if need be, then the lock is taken. The
        // version in hand is always finished, so the lock is taken without cancellation.
        Files.createDirectories(v.atV());
        try (FileLocks.Held lock = locks.lock(v.lock(), CancellationToken.NONE)) {
            Files.write(v.partial(), new byte[0]);
            if (plan.scope() == Scope.EVERYTHING) {
                remove(entry, v.ziphash(), guard, bytes);
                remove(entry, v.zip(), guard, bytes);
            }
            for (Path p : entry.paths()) {
                if (!p.equals(v.mod()) && !p.equals(v.info()) && !p.equals(v.partial())) {
                    remove(entry, p, guard, bytes);
                }
            }
            if (plan.scope() == Scope.EVERYTHING) {
                remove(entry, v.mod(), guard, bytes);
                remove(entry, v.info(), guard, bytes);
            }
            remove(entry, v.partial(), guard, bytes);
        }
    }

    private void deleteOther(PlanEntry entry, PathGuard guard, CancellationToken cancel, long[] bytes) throws IOException {
        for (Path p : entry.paths()) {
            guard.check(entry, p);
        }
        if ("vcs".equals(entry.otherKind())) {
            // go holds cache/vcs/<hash>.lock while it uses the clone
            Path own = entry.paths().get(0);
            try (FileLocks.Held lock = locks.lock(own.resolveSibling(own.getFileName() + ".lock"), cancel)) {
                for (Path p : entry.paths()) {
                    remove(entry, p, guard, bytes);
                }
            }
            return;
        }
        for (Path p : entry.paths()) {
            remove(entry, p, guard, bytes);
        }
    }

    /** Removes a file, link or folder tree, never following links; adds the regular files' sizes to {@code bytes}. */
    private void remove(PlanEntry entry, Path p, PathGuard guard, long[] bytes) throws IOException {
        guard.check(entry, p);
        removeTree(p, bytes);
    }

    private static void removeTree(Path p, long[] bytes) throws IOException {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException gone) {
            return;
        }
        if (a.isDirectory()) {
            makeWritable(p);
            try (DirectoryStream<Path> children = Files.newDirectoryStream(p)) {
                for (Path child : children) {
                    removeTree(child, bytes);
                }
            }
        } else {
            clearReadOnly(p, a);
        }
        try {
            Files.delete(p);
        } catch (NoSuchFileException gone) {
            return;
        }
        if (a.isRegularFile()) {
            bytes[0] += a.size();
        }
    }

    private static void makeWritable(Path dir) throws IOException {
        PosixFileAttributeView posix = Files.getFileAttributeView(dir, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        if (posix != null) {
            Set<PosixFilePermission> perms = EnumSet.copyOf(posix.readAttributes().permissions());
            if (perms.add(PosixFilePermission.OWNER_WRITE) | perms.add(PosixFilePermission.OWNER_EXECUTE)) {
                posix.setPermissions(perms);
            }
        } else {
            clearReadOnly(dir, null);
        }
    }

    /** Windows: a read-only file cannot be deleted until the attribute is cleared. */
    private static void clearReadOnly(Path p, BasicFileAttributes a) throws IOException {
        if (!WINDOWS || a != null && a.isSymbolicLink()) {
            return;
        }
        DosFileAttributeView dos = Files.getFileAttributeView(p, DosFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        if (dos != null) {
            dos.setReadOnly(false);
        }
    }

    /** Removes folders left empty between the deleted trees and the root (go recreates them as needed). */
    private static void removeEmptyFolders(Path root, Set<Path> start) {
        Path top = root.toAbsolutePath().normalize();
        Set<Path> dirs = new TreeSet<>(java.util.Comparator.comparingInt(Path::getNameCount).reversed().thenComparing(Path::toString));
        for (Path d : start) {
            for (Path p = d.toAbsolutePath().normalize(); p != null && p.startsWith(top) && !p.equals(top)
                    && !p.equals(top.resolve("cache")); p = p.getParent()) {
                dirs.add(p);
            }
        }
        for (Path d : dirs) {
            try {
                if (Files.isDirectory(d, LinkOption.NOFOLLOW_LINKS)) {
                    Files.delete(d);
                }
            } catch (DirectoryNotEmptyException | NoSuchFileException expected) {
                // still in use, or already gone
            } catch (IOException e) {
                // an empty folder left behind costs nothing
            }
        }
    }
}
