package io.modcache.cli;

import io.modcache.cache.CacheLocator;
import io.modcache.concurrent.WorkerPool;

import java.nio.file.Path;

/**
 * What every subcommand is given: how to find the cache, the shared worker pool, and where the
 * verification index lives.
 */
public record CliContext(CacheLocator locator, WorkerPool workers, Path indexDir) {
}
