package io.modcache.ui.main;

import io.modcache.cache.ScanService;
import io.modcache.clean.PrivatePatterns;
import io.modcache.clean.SafeDeleter;
import io.modcache.verify.VerificationService;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * The core services the main window drives.
 *
 * @param projectDirs     the folders whose go.sum files verification and deletion warnings use, read when needed
 * @param privatePatterns GOPRIVATE and friends, read (in the background) when a deletion is planned
 */
public record MainServices(ScanService scans, VerificationService verifier, SafeDeleter deleter,
                           Supplier<PrivatePatterns> privatePatterns, Supplier<List<Path>> projectDirs) {
}
