package io.modcache.cli;

import io.modcache.cache.CacheLocation;
import io.modcache.cache.CacheScan;
import io.modcache.cache.CacheTotals;
import io.modcache.cache.ScanFailure;
import io.modcache.cache.ScanListener;
import io.modcache.cache.ScanService;
import io.modcache.concurrent.CancellationToken;
import io.modcache.history.HistoryRecord;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * What the subcommands share: scanning the located cache (and recording its totals in its history),
 * with a one-line reason when that is impossible.
 */
final class CacheCommands {

    private CacheCommands() {
    }

    /** Scans the cache with fingerprints (for stored verdicts), or prints why it cannot and returns null. */
    static CacheScan scanOrExplain(Path explicit, CommandSpec spec, CliContext context) {
        return scanOrExplain(context.scans(), explicit, spec, context, where -> { });
    }

    /**
     * Like {@link #scanOrExplain(Path, CommandSpec, CliContext)} with the given scans, telling
     * {@code located} where the cache is.
     */
    static CacheScan scanOrExplain(ScanService scans, Path explicit, CommandSpec spec, CliContext context,
            Consumer<CacheLocation> located) {
        try {
            CacheScan scan = scans.scan(explicit, located, ScanListener.NONE, CancellationToken.NONE);
            context.record(scan.root(), CacheTotals.of(scan), HistoryRecord.SCAN);
            return scan;
        } catch (ScanFailure e) {
            spec.commandLine().getErr().println("modcache-explorer: " + e.getMessage());
            return null;
        }
    }
}
