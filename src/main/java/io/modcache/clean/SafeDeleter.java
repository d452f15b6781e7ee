package io.modcache.clean;

import io.modcache.cache.VersionPaths;
import io.modcache.concurrent.CancellationToken;
import io.modcache.concurrent.AdaptiveRunner;
import io.modcache.fs.FileCount;
import io.modcache.fs.SafeDir;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

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
 * A crash at any step leaves a state go repairs by itself. Deleting the whole cache ends with a
 * {@link CacheSweep}, so nothing is left, as after {@code go clean -modcache}. Whole versions are
 * deleted side by side, as many as the disk rewards ({@link AdaptiveRunner}: parallel unlinks pay
 * on some disks and cost on others); each version's steps stay in one thread. A failed version is
 * recorded and the rest continue; cancelling finishes the versions in hand. Nothing is created,
 * written or removed through a symbolic link.
 */
public final class SafeDeleter {

    /** How often the deleter measures its throughput and may change how many versions are in flight. */
    private static final Duration WINDOW = Duration.ofMillis(500);

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
        Path root = plan.root().toAbsolutePath().normalize();
        LongAdder removedFiles = new LongAdder();
        EntryDeletion deletion = new EntryDeletion(root, locks, removedFiles);
        List<DeletionResult.Deleted> deleted = Collections.synchronizedList(new ArrayList<>());
        List<DeletionResult.Failed> failed = Collections.synchronizedList(new ArrayList<>());
        Set<Path> listsToRewrite = ConcurrentHashMap.newKeySet();
        Set<Path> emptiedParents = ConcurrentHashMap.newKeySet();
        AtomicLong freed = new AtomicLong();
        AdaptiveRunner.Outcome run = new AdaptiveRunner(pool, AdaptiveRunner.diskCap(pool.getParallelism()), WINDOW)
                .run(plan.entries(), entry -> {
                    try {
                        FileCount removed = deletion.delete(entry, cancel);
                        if (entry.isVersion()) {
                            VersionPaths p = VersionPaths.of(root, entry.escapedPath(), entry.escapedVersion());
                            if (entry.scope().removesMetadata()) {
                                listsToRewrite.add(p.atV());
                            }
                            emptiedParents.add(p.tree().getParent());
                        }
                        deleted.add(new DeletionResult.Deleted(entry, removed.bytes()));
                        freed.addAndGet(removed.bytes());
                        listener.entryDone(entry, null, removed.bytes());
                    } catch (IOException | RuntimeException e) {
                        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                        failed.add(new DeletionResult.Failed(entry, why));
                        listener.entryDone(entry, why, 0);
                    }
                }, removedFiles::sum, cancel);
        AtomicBoolean stopped = new AtomicBoolean(cancel.isCancelled()
                && deleted.size() + failed.size() < plan.entries().size());
        List<DeletionResult.Housekeeping> housekeeping = new ArrayList<>();
        FileCount swept = FileCount.ZERO;
        if (plan.wholeCache() && !stopped.get() && !cancel.isCancelled()) {
            try {
                swept = new CacheSweep(locks, cancel).sweep(root, housekeeping);
                freed.addAndGet(swept.bytes());
            } catch (java.util.concurrent.CancellationException e) {
                stopped.set(true);
            }
        } else {
            for (Path atV : listsToRewrite) {
                try {
                    new VersionListWriter(locks).rewrite(root, atV, CancellationToken.NONE);
                } catch (IOException | RuntimeException e) {
                    housekeeping.add(new DeletionResult.Housekeeping(atV.resolve("list"), "cannot rewrite @v/list: " + e.getMessage()));
                }
            }
            removeEmptyFolders(root, emptiedParents);
        }
        return new DeletionResult(deleted, failed, housekeeping, swept, freed.get(), stopped.get(), run.settledLimit());
    }

    /** Removes folders left empty between the deleted trees and the root (go recreates them as needed). */
    private static void removeEmptyFolders(Path root, Set<Path> start) {
        Set<Path> dirs = new TreeSet<>(Comparator.comparingInt(Path::getNameCount).reversed().thenComparing(Path::toString));
        for (Path d : start) {
            for (Path p = d; p != null && p.startsWith(root) && !p.equals(root) && !p.equals(root.resolve("cache")); p = p.getParent()) {
                dirs.add(p);
            }
        }
        try (SafeDir rootDir = SafeDir.open(root)) {
            for (Path d : dirs) {
                Path rel = root.relativize(d);
                try (SafeDir parent = rootDir.openBelow(rel.getParent() == null ? rel.getFileSystem().getPath("") : rel.getParent())) {
                    parent.deleteDirectory(rel.getFileName());
                } catch (DirectoryNotEmptyException | NoSuchFileException expected) {
                    // still in use, or already gone
                } catch (IOException e) {
                    // an empty folder left behind costs nothing; a link in the way is left alone
                }
            }
        } catch (IOException e) {
            // as above
        }
    }
}
