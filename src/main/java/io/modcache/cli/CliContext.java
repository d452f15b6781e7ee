package io.modcache.cli;

import io.modcache.cache.CacheLocator;
import io.modcache.concurrent.WorkerPool;

/** What every subcommand is given: how to find the cache and the shared worker pool. */
public record CliContext(CacheLocator locator, WorkerPool workers) {
}
