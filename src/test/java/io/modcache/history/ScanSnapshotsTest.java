package io.modcache.history;

import io.modcache.cache.CacheFixture;
import io.modcache.cache.CacheScan;
import io.modcache.cache.CacheScanner;
import io.modcache.cache.ScanListener;
import io.modcache.concurrent.CancellationToken;
import io.modcache.concurrent.WorkerPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ScanSnapshotsTest {

    @TempDir
    Path dir;

    private CacheScan scan(Path root) throws Exception {
        try (WorkerPool workers = new WorkerPool(2)) {
            return new CacheScanner(workers.pool()).scan(root, ScanListener.NONE, CancellationToken.NONE);
        }
    }

    @Test
    void aSavedScanLoadsBackEqual() throws Exception {
        CacheFixture f = new CacheFixture(dir.resolve("modcache"))
                .wellFormed("github.com/BurntSushi/toml", "v1.2.0", "toml.go", "package toml\n")
                .tree("example.com/broken", "v0.1.0", "a.go", "package a\n")
                .file("cache/download/example.com/broken/@v/v0.1.0.partial", "")
                .file("cache/vcs/abc/HEAD", "ref\n");
        CacheScan scan = scan(f.root());
        ScanSnapshots snapshots = new ScanSnapshots(dir.resolve("app"));

        snapshots.save(scan);

        CacheScan loaded = new ScanSnapshots(dir.resolve("app")).load(f.root()).orElseThrow();
        assertThat(loaded).isEqualTo(scan);
        assertThat(loaded.modules().get(0).versions().get(0).problems()).isNotEmpty();
    }

    @Test
    void aSnapshotOfTheFirstFormatWithItsTimesInWordsStillLoads() throws Exception {
        CacheFixture f = new CacheFixture(dir.resolve("modcache")).wellFormed("example.com/a", "v1.0.0", "a.go", "package a\n");
        CacheScan scan = scan(f.root());
        new ScanSnapshots(dir.resolve("app")).save(scan);
        Path file;
        try (Stream<Path> files = Files.list(dir.resolve("app/snapshots"))) {
            file = files.findFirst().orElseThrow();
        }
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        var root = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(file.toFile());
        assertThat(root.get("scannedAt").isNumber()).as("format 2 writes times as numbers").isTrue();
        root.put("format", 1);
        root.put("scannedAt", scan.scannedAt().toString());
        for (var m : root.get("modules")) {
            for (var v : m.get("versions")) {
                var version = (com.fasterxml.jackson.databind.node.ObjectNode) v;
                var original = scan.modules().get(0).versions().get(0);
                version.put("lastAccess", original.lastAccess().toString());
                version.put("downloaded", original.downloaded().toString());
            }
        }
        json.writeValue(file.toFile(), root);

        assertThat(new ScanSnapshots(dir.resolve("app")).load(f.root())).contains(scan);
    }

    @Test
    void noSnapshotForAnotherCacheAndNoneFromAnUnreadableFile() throws Exception {
        CacheFixture f = new CacheFixture(dir.resolve("modcache")).wellFormed("example.com/a", "v1.0.0", "a.go", "package a\n");
        ScanSnapshots snapshots = new ScanSnapshots(dir.resolve("app"));
        snapshots.save(scan(f.root()));

        assertThat(snapshots.load(dir.resolve("another"))).isEmpty();

        try (Stream<Path> files = Files.list(dir.resolve("app/snapshots"))) {
            Files.writeString(files.findFirst().orElseThrow(), "{\"format\": 1, \"root\": ");
        }
        assertThat(snapshots.load(f.root())).isEmpty();
    }

    @Test
    void aPreloadedSnapshotIsTakenOnceForItsRootAndAnotherRootIsReadAsUsual() throws Exception {
        CacheFixture a = new CacheFixture(dir.resolve("a")).wellFormed("example.com/a", "v1.0.0", "a.go", "package a\n");
        CacheFixture b = new CacheFixture(dir.resolve("b")).wellFormed("example.com/b", "v1.0.0", "b.go", "package b\n");
        ScanSnapshots saving = new ScanSnapshots(dir.resolve("app"));
        CacheScan scanA = scan(a.root());
        saving.save(scanA);
        saving.save(scan(b.root()));

        ScanSnapshots reopened = new ScanSnapshots(dir.resolve("app"));
        reopened.preload(() -> a.root(), Runnable::run);
        Files.delete(RootFiles.fileFor(dir.resolve("app/snapshots"), a.root(), ".json"));

        assertThat(reopened.load(a.root())).as("read before the file went").contains(scanA);
        assertThat(reopened.load(a.root())).as("taken once, then read again: the file is gone").isEmpty();

        reopened.preload(() -> a.root(), Runnable::run);
        assertThat(reopened.load(b.root())).as("another root reads its own file").isPresent();
    }

    @Test
    void aPreloadThatCannotLocateTheCacheLeavesLoadToReadTheFile() throws Exception {
        CacheFixture a = new CacheFixture(dir.resolve("a")).wellFormed("example.com/a", "v1.0.0", "a.go", "package a\n");
        ScanSnapshots snapshots = new ScanSnapshots(dir.resolve("app"));
        snapshots.save(scan(a.root()));

        snapshots.preload(() -> {
            throw new IllegalStateException("go is not installed");
        }, Runnable::run);

        assertThat(snapshots.load(a.root())).isPresent();
    }
}
