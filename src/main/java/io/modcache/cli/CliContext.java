package io.modcache.cli;

import io.modcache.cache.CacheLocator;
import io.modcache.cache.CacheScanner;
import io.modcache.cache.CacheTotals;
import io.modcache.cache.ScanService;
import io.modcache.concurrent.WorkerPool;
import io.modcache.history.HistoryRecord;
import io.modcache.history.HistoryStore;
import io.modcache.system.AppDirs;
import io.modcache.system.GoEnv;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * What every subcommand is given: how to find the cache, the shared worker pool, the program's
 * folders, go's configuration (asked once, when first needed), and the cache's history.
 */
public record CliContext(CacheLocator locator, WorkerPool workers, AppDirs dirs, Supplier<GoEnv> goEnv, HistoryAppends appends) {

    private static final System.Logger LOG = System.getLogger(CliContext.class.getName());

    public CliContext(CacheLocator locator, WorkerPool workers, AppDirs dirs, Supplier<GoEnv> goEnv) {
        this(locator, workers, dirs, goEnv, new HistoryAppends());
    }

    /** Scans whose versions carry fingerprints, for commands that look up or store verdicts. */
    public ScanService scans() {
        return new ScanService(locator, new CacheScanner(workers.pool()));
    }

    /** Scans for sizes, counts and times only: the cheaper walk a listing needs. */
    public ScanService listingScans() {
        return new ScanService(locator, CacheScanner.sizesOnly(workers.pool()));
    }

    /** The checksum database go uses, from go env (asked once) or the environment. */
    public io.modcache.sumdb.SumdbConfig sumdb() {
        return io.modcache.sumdb.SumdbConfig.from(goEnv.get(), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /** GOPROXY as go has it (default: the public proxy, then direct). */
    public String goproxy() {
        return io.modcache.sumdb.OnlineSumdb.goproxy(goEnv.get(), System.getenv());
    }

    public HistoryStore history() {
        return new HistoryStore(dirs.data());
    }

    /**
     * Adds the cache's totals to its history on a worker while the command goes on (done before the
     * command line returns); a history that cannot be written is a log line, never a failed command.
     */
    public void record(Path root, CacheTotals totals, String event) {
        HistoryRecord record = HistoryRecord.of(Instant.now(), totals, event);
        appends.add(() -> {
            try {
                history().append(root, record);
            } catch (IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "cannot record the cache's history: " + e.getMessage());
            }
        }, workers.pool());
    }
}
