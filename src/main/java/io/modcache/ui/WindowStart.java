package io.modcache.ui;

import io.modcache.cache.CacheLocator;
import io.modcache.history.ScanSnapshots;
import io.modcache.settings.SettingsStore;
import io.modcache.system.AppDirs;
import io.modcache.system.GoEnv;
import io.modcache.system.Lazy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executor;

/**
 * What the window needs decided before it is built: the user's folders and settings, which cache
 * to open, and the last scan of that cache, which starts being read at once, so that reading it
 * overlaps the window's creation and the window's first frame can show it.
 */
record WindowStart(AppDirs dirs, SettingsStore settings, Lazy<GoEnv> goEnv, CacheLocator locator, ScanSnapshots snapshots,
                   Path initialCache) {

    /**
     * Begins on a thread of its own. The toolkit takes a quarter of a second to start, mostly on one
     * thread: the settings (Jackson, cold) are read meanwhile on the other processor, and the last
     * scan starts being read (docs/performance.md, "What the FX thread does before the first frame").
     */
    static java.util.concurrent.CompletableFuture<WindowStart> beginMeanwhile(AppDirs dirs, Path requestedCache, Executor readOn) {
        java.util.concurrent.CompletableFuture<WindowStart> start = new java.util.concurrent.CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                start.complete(begin(dirs, requestedCache, readOn));
                io.modcache.ui.common.StartupTrace.now("settings read");
            } catch (Throwable e) {
                start.completeExceptionally(e);
            }
        }, "modcache-window-start");
        reader.setDaemon(true);
        reader.start();
        return start;
    }

    /** @param readOn where the last scan is read */
    static WindowStart begin(Path requestedCache, Executor readOn) {
        return begin(AppDirs.forThisUser(), requestedCache, readOn);
    }

    static WindowStart begin(AppDirs dirs, Path requestedCache, Executor readOn) {
        SettingsStore settings = new SettingsStore(dirs.settingsFile(), 500);
        // go env runs when the first scan or plan needs it, on a worker thread, never on the FX thread
        Lazy<GoEnv> goEnv = Lazy.of(GoEnv::load);
        CacheLocator locator = CacheLocator.forThisProcess(goEnv);
        ScanSnapshots snapshots = new ScanSnapshots(dirs.cache());
        // --cache, else the folder last chosen in the window (when it is still there), else go's
        Path initialCache = requestedCache;
        String remembered = settings.get().window().cacheFolder();
        if (initialCache == null && !remembered.isEmpty() && Files.isDirectory(Path.of(remembered))) {
            initialCache = Path.of(remembered);
        }
        Path chosen = initialCache;
        snapshots.preload(() -> locator.locate(chosen).root(), read -> readOn.execute(() -> {
            read.run();
            io.modcache.ui.common.StartupTrace.now("last scan read");
        }));
        return new WindowStart(dirs, settings, goEnv, locator, snapshots, initialCache);
    }
}
