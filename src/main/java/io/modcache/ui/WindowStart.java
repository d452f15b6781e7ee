package io.modcache.ui;

import io.modcache.cache.CacheLocator;
import io.modcache.history.ScanSnapshots;
import io.modcache.settings.SettingsStore;
import io.modcache.system.AppDirs;
import io.modcache.system.GoEnv;
import io.modcache.system.Lazy;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the window needs decided before it is built: the user's folders and settings, which cache
 * to open, and the last scan of that cache, which starts being read at once, so that reading it
 * overlaps the window's creation and the window's first frame can show it.
 */
record WindowStart(AppDirs dirs, SettingsStore settings, Lazy<GoEnv> goEnv, CacheLocator locator, ScanSnapshots snapshots,
                   Path initialCache) {

    static WindowStart begin(Path requestedCache) {
        return begin(AppDirs.forThisUser(), requestedCache);
    }

    static WindowStart begin(AppDirs dirs, Path requestedCache) {
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
        // on a thread of its own at the process's priority: the window waits for it, and the worker
        // pool's threads run behind the user interface (measured in docs/performance.md)
        snapshots.preload(() -> locator.locate(chosen).root(), WindowStart::onThreadOfItsOwn);
        return new WindowStart(dirs, settings, goEnv, locator, snapshots, initialCache);
    }

    private static void onThreadOfItsOwn(Runnable work) {
        Thread thread = new Thread(work, "modcache-last-scan");
        thread.setDaemon(true);
        thread.start();
    }
}
