package io.modcache.cache;

import io.modcache.concurrent.CancellationToken;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ForkJoinPool;

/**
 * Scans a Go module cache in parallel on a work-stealing pool. It never follows symbolic links,
 * checks for cancellation once per directory, keeps memory proportional to the number of module
 * versions (not files), and reports each version to a {@link ScanListener} as soon as it is complete.
 */
public final class CacheScanner {

    private final ForkJoinPool pool;
    private final FileAccess files;
    private final boolean fingerprinted;
    private final Duration progressInterval;

    /** A scanner whose versions carry a {@link Fingerprint}, so verdicts can be looked up in the verification index. */
    public CacheScanner(ForkJoinPool pool) {
        this(pool, FileAccess.DEFAULT, true, Duration.ofMillis(100));
    }

    /**
     * A scanner for sizes, counts and times only: versions carry no fingerprint (so no stored
     * verdict can be trusted for them), and each file costs the cheapest {@code lstat} the JDK has.
     */
    public static CacheScanner sizesOnly(ForkJoinPool pool) {
        return new CacheScanner(pool, FileAccess.BASIC, false, Duration.ofMillis(100));
    }

    CacheScanner(ForkJoinPool pool, FileAccess files, Duration progressInterval) {
        this(pool, files, true, progressInterval);
    }

    private CacheScanner(ForkJoinPool pool, FileAccess files, boolean fingerprinted, Duration progressInterval) {
        this.pool = pool;
        this.files = files;
        this.fingerprinted = fingerprinted;
        this.progressInterval = progressInterval;
    }

    /**
     * Scans {@code root} and returns everything found. Blocks the calling thread until done.
     *
     * @throws NoSuchFileException   when the root does not exist
     * @throws NotDirectoryException when the root is not a directory
     * @throws IOException           when the root cannot be read
     * @throws java.util.concurrent.CancellationException when {@code cancel} was cancelled
     */
    public CacheScan scan(Path root, ScanListener listener, CancellationToken cancel) throws IOException {
        Path absolute = root.toAbsolutePath().normalize();
        if (!Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
            throw new NoSuchFileException(absolute.toString(), null, "no such directory");
        }
        if (!Files.isDirectory(absolute)) {
            throw new NotDirectoryException(absolute.toString());
        }
        // Fail early, with the file system's reason, when the root itself cannot be listed.
        files.list(absolute).close();
        ScanRun run = new ScanRun(absolute, files, fingerprinted, listener, cancel, progressInterval.toNanos());
        try {
            return pool.invoke(run.rootTask());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
