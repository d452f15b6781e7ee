package io.modcache.cache;

import io.modcache.concurrent.CancellationToken;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Locating and scanning a cache, as the command line and the window both start every run. */
public final class ScanService {

    private final CacheLocator locator;
    private final CacheScanner scanner;

    public ScanService(CacheLocator locator, CacheScanner scanner) {
        this.locator = locator;
        this.scanner = scanner;
    }

    public CacheLocator locator() {
        return locator;
    }

    /**
     * Locates the cache ({@code explicit} when given) and scans it.
     *
     * @param located hears where the cache is before the scan starts
     * @throws ScanFailure when the location cannot be scanned at all
     * @throws java.util.concurrent.CancellationException when cancelled
     */
    public CacheScan scan(Path explicit, Consumer<CacheLocation> located, ScanListener listener, CancellationToken cancel)
            throws ScanFailure {
        CacheLocation where = locator.locate(explicit);
        located.accept(where);
        try {
            return scanner.scan(where.root(), listener, cancel);
        } catch (NoSuchFileException e) {
            throw new ScanFailure(ScanFailure.Kind.NO_CACHE, where, "no module cache at " + where.describe(), e);
        } catch (NotDirectoryException e) {
            throw new ScanFailure(ScanFailure.Kind.NOT_A_DIRECTORY, where, "not a directory: " + where.describe(), e);
        } catch (AccessDeniedException e) {
            throw new ScanFailure(ScanFailure.Kind.UNREADABLE, where, "cannot read " + where.describe() + ": permission denied", e);
        } catch (IOException | UncheckedIOException e) {
            throw new ScanFailure(ScanFailure.Kind.FAILED, where, "cannot scan " + where.describe() + ": " + e.getMessage(), e);
        }
    }
}
