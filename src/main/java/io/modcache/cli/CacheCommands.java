package io.modcache.cli;

import io.modcache.cache.CacheLocation;
import io.modcache.cache.CacheScan;
import io.modcache.cache.CacheScanner;
import io.modcache.cache.ScanListener;
import io.modcache.concurrent.CancellationToken;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** What the subcommands share: scanning the located cache, with a one-line reason when that is impossible. */
final class CacheCommands {

    private CacheCommands() {
    }

    /** Scans the cache, or prints why it cannot and returns null. */
    static CacheScan scanOrExplain(CacheLocation location, CommandSpec spec, CliContext context) throws IOException {
        try {
            return new CacheScanner(context.workers().pool()).scan(location.root(), ScanListener.NONE, CancellationToken.NONE);
        } catch (NoSuchFileException e) {
            spec.commandLine().getErr().println("modcache-explorer: no module cache at " + location.describe());
        } catch (NotDirectoryException e) {
            spec.commandLine().getErr().println("modcache-explorer: not a directory: " + location.describe());
        } catch (AccessDeniedException e) {
            spec.commandLine().getErr().println("modcache-explorer: cannot read " + location.describe() + ": permission denied");
        }
        return null;
    }
}
