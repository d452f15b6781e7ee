package io.modcache.cli;

import io.modcache.cache.CacheLocator;
import io.modcache.cache.CacheScanner;
import io.modcache.cache.ScanService;
import io.modcache.concurrent.WorkerPool;
import io.modcache.system.AppDirs;
import io.modcache.system.GoEnv;

import java.util.function.Supplier;

/**
 * What every subcommand is given: how to find the cache, the shared worker pool, the program's
 * folders, and go's configuration (asked once, when first needed).
 */
public record CliContext(CacheLocator locator, WorkerPool workers, AppDirs dirs, Supplier<GoEnv> goEnv) {

    public ScanService scans() {
        return new ScanService(locator, new CacheScanner(workers.pool()));
    }
}
