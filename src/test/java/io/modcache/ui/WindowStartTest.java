package io.modcache.ui;

import io.modcache.cache.CacheFixture;
import io.modcache.cache.CacheScan;
import io.modcache.cache.CacheScanner;
import io.modcache.cache.ScanListener;
import io.modcache.concurrent.CancellationToken;
import io.modcache.concurrent.WorkerPool;
import io.modcache.history.ScanSnapshots;
import io.modcache.settings.SettingsStore;
import io.modcache.system.AppDirs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class WindowStartTest {

    @TempDir
    Path dir;

    private AppDirs dirs() {
        return new AppDirs(dir.resolve("config"), dir.resolve("cache"), dir.resolve("data"));
    }

    private void remember(Path folder) {
        try (SettingsStore settings = new SettingsStore(dirs().settingsFile(), 0)) {
            settings.update(settings.get().withWindow(settings.get().window().withCacheFolder(folder.toString())));
        }
    }

    @Test
    void theRequestedCacheWinsOverTheRememberedOne() throws Exception {
        Path remembered = Files.createDirectories(dir.resolve("remembered"));
        remember(remembered);

        WindowStart start = WindowStart.begin(dirs(), dir.resolve("asked"), Runnable::run);

        try (SettingsStore ignored = start.settings()) {
            assertThat(start.initialCache()).isEqualTo(dir.resolve("asked"));
        }
    }

    @Test
    void theRememberedCacheOpensWhenNoneIsAskedForAndItIsStillThere() throws Exception {
        Path remembered = Files.createDirectories(dir.resolve("remembered"));
        remember(remembered);

        assertThat(initialCache(WindowStart.begin(dirs(), null, Runnable::run))).isEqualTo(remembered);
        remember(dir.resolve("gone"));
        assertThat(initialCache(WindowStart.begin(dirs(), null, Runnable::run))).isNull();
    }

    @Test
    void beginsOnAThreadOfItsOwnWhileTheToolkitStarts() throws Exception {
        java.util.List<String> readers = new java.util.concurrent.CopyOnWriteArrayList<>();

        WindowStart start = WindowStart.beginMeanwhile(dirs(), dir.resolve("asked"), read -> {
            readers.add(Thread.currentThread().getName());
            read.run();
        }).get(10, java.util.concurrent.TimeUnit.SECONDS);

        try (SettingsStore ignored = start.settings()) {
            assertThat(start.initialCache()).isEqualTo(dir.resolve("asked"));
        }
        assertThat(readers).as("the last scan's read is handed on from that thread").containsExactly("modcache-window-start");
    }

    private static Path initialCache(WindowStart start) {
        try (SettingsStore ignored = start.settings()) {
            return start.initialCache();
        }
    }

    @Test
    void theLastScanOfTheCacheToOpenIsReadAhead() throws Exception {
        CacheFixture f = new CacheFixture(dir.resolve("modcache")).wellFormed("example.com/a", "v1.0.0", "a.go", "package a\n");
        CacheScan scan;
        try (WorkerPool workers = new WorkerPool(1)) {
            scan = new CacheScanner(workers.pool()).scan(f.root(), ScanListener.NONE, CancellationToken.NONE);
        }
        new ScanSnapshots(dirs().cache()).save(scan);

        WindowStart start = WindowStart.begin(dirs(), f.root(), Runnable::run);
        // read already: the scan's load finds it, not a scan saved since
        f.wellFormed("example.com/b", "v1.0.0", "b.go", "package b\n");
        try (WorkerPool workers = new WorkerPool(1)) {
            new ScanSnapshots(dirs().cache()).save(new CacheScanner(workers.pool()).scan(f.root(), ScanListener.NONE, CancellationToken.NONE));
        }

        try (SettingsStore ignored = start.settings()) {
            assertThat(start.snapshots().load(f.root())).contains(scan);
        }
    }
}
