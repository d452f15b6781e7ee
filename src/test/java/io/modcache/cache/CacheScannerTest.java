package io.modcache.cache;

import io.modcache.concurrent.CancellationToken;
import io.modcache.concurrent.WorkerPool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

class CacheScannerTest {

    private static WorkerPool workers;

    @TempDir
    Path dir;

    @BeforeAll
    static void startPool() {
        workers = new WorkerPool(2);
    }

    @AfterAll
    static void stopPool() {
        workers.close();
    }

    private CacheScan scan(Path root) throws IOException {
        return new CacheScanner(workers.pool()).scan(root, ScanListener.NONE, CancellationToken.NONE);
    }

    private static Map<String, ModuleVersion> byId(CacheScan scan) {
        return scan.modules().stream().flatMap(m -> m.versions().stream())
                .collect(Collectors.toMap(v -> v.id().toString(), Function.identity()));
    }

    @Test
    void joinsTreesAndDownloadsOfNestedModules() throws IOException {
        CacheFixture f = new CacheFixture(dir)
                .tree("example.com/a", "v1.0.0", "go.mod", "module example.com/a\n", "a.go", "package a\n")
                .downloaded("example.com/a", "v1.0.0")
                .tree("example.com/a/b", "v0.2.0", "go.mod", "module example.com/a/b\n", "sub/b.go", "package b\n")
                .downloaded("example.com/a/b", "v0.2.0")
                .list("example.com/a", "v1.0.0\n")
                .tree("github.com/BurntSushi/toml", "v1.2.0", "toml.go", "package toml\n")
                .downloaded("github.com/BurntSushi/toml", "v1.2.0");

        CacheScan scan = scan(dir);

        assertThat(scan.modules()).extracting(CacheModule::path)
                .containsExactly("example.com/a", "example.com/a/b", "github.com/BurntSushi/toml");
        ModuleVersion a = byId(scan).get("example.com/a@v1.0.0");
        assertThat(a.parts()).containsExactlyInAnyOrder(CachePart.TREE, CachePart.INFO, CachePart.MOD,
                CachePart.ZIP, CachePart.ZIPHASH, CachePart.LOCK);
        assertThat(a.files()).isEqualTo(2 + 5);
        long treeBytes = "module example.com/a\n".length() + "package a\n".length();
        long downloadBytes = Files.size(f.atV("example.com/a").resolve("v1.0.0.zip"))
                + Files.size(f.atV("example.com/a").resolve("v1.0.0.mod"))
                + Files.size(f.atV("example.com/a").resolve("v1.0.0.info"))
                + Files.size(f.atV("example.com/a").resolve("v1.0.0.ziphash"));
        assertThat(a.bytes()).isEqualTo(treeBytes + downloadBytes);
        assertThat(a.downloaded()).isEqualTo(Files.getLastModifiedTime(f.atV("example.com/a").resolve("v1.0.0.zip")).toInstant());
        assertThat(a.lastAccess()).isNotNull();
        assertThat(a.status()).isEqualTo(VerificationStatus.UNVERIFIED);
        assertThat(a.problems()).isEmpty();

        CacheModule moduleA = scan.modules().get(0);
        assertThat(moduleA.ownFiles()).isEqualTo(1);
        assertThat(moduleA.ownBytes()).isEqualTo("v1.0.0\n".length());
        assertThat(byId(scan).get("example.com/a/b@v0.2.0").files()).isEqualTo(2 + 5);
        assertThat(byId(scan)).containsKey("github.com/BurntSushi/toml@v1.2.0");
        assertThat(scan.totalBytes()).isEqualTo(f.regularFileBytes());
        assertThat(scan.layout()).isEqualTo(CacheScan.Layout.MODULE_CACHE);
    }

    @Test
    void sizesOnlyScanSeesWhatTheFullScanSeesWithoutFingerprints() throws IOException {
        CacheFixture f = new CacheFixture(dir)
                .tree("example.com/a", "v1.0.0", "go.mod", "module example.com/a\n", "a.go", "package a\n")
                .downloaded("example.com/a", "v1.0.0")
                .tree("example.com/b", "v0.1.0", "go.mod", "module example.com/b\n")
                .downloaded("example.com/b", "v0.1.0");
        io.modcache.testing.Posix.mkfifo(f.root().resolve("example.com/b@v0.1.0/pipe"));

        CacheScan full = scan(dir);
        CacheScan sizes = CacheScanner.sizesOnly(workers.pool()).scan(dir, ScanListener.NONE, CancellationToken.NONE);

        assertThat(sizes.totalBytes()).isEqualTo(full.totalBytes()).isPositive();
        assertThat(sizes.totalFiles()).isEqualTo(full.totalFiles());
        Map<String, ModuleVersion> fullById = byId(full);
        byId(sizes).forEach((id, v) -> {
            ModuleVersion same = fullById.get(id);
            assertThat(v.parts()).as(id).isEqualTo(same.parts());
            assertThat(v.lastAccess()).as(id).isEqualTo(same.lastAccess());
            // the pipe is named as such, though the cheaper attributes only say "not a file or folder"
            assertThat(v.problemTexts()).as(id).isEqualTo(same.problemTexts());
            assertThat(v.fingerprint()).as(id).isNull();
            assertThat(same.fingerprint()).as(id).isNotNull();
        });
        assertThat(byId(sizes).get("example.com/b@v0.1.0").problemTexts()).anySatisfy(t -> assertThat(t).contains("named pipe"));
    }

    @Test
    void versionWithOnlyModAndInfoIsAnEntry() throws IOException {
        new CacheFixture(dir)
                .download("example.com/graph", "v1.5.0", "mod", "module example.com/graph\n")
                .download("example.com/graph", "v1.5.0", "info", "{}");

        ModuleVersion v = byId(scan(dir)).get("example.com/graph@v1.5.0");

        assertThat(v.parts()).containsExactlyInAnyOrder(CachePart.MOD, CachePart.INFO);
        assertThat(v.extracted()).isFalse();
        assertThat(v.hasZip()).isFalse();
        assertThat(v.downloaded()).isNull();
    }

    @Test
    void versionsAreNewestFirstInGoOrder() throws IOException {
        CacheFixture f = new CacheFixture(dir);
        for (String v : List.of("v1.0.0", "v1.10.0", "v1.9.0", "v0.0.0-20200101000000-abcdefabcdef", "v2.0.0+incompatible")) {
            f.download("example.com/m", v, "mod", "module example.com/m\n");
        }

        assertThat(scan(dir).modules().get(0).versions()).extracting(ModuleVersion::version)
                .containsExactly("v2.0.0+incompatible", "v1.10.0", "v1.9.0", "v1.0.0", "v0.0.0-20200101000000-abcdefabcdef");
    }

    @Test
    void partialMarkerAndTemporaryLeftoversAreFlagged() throws IOException {
        new CacheFixture(dir)
                .tree("example.com/half", "v1.0.0", "a.go", "package a\n")
                .downloaded("example.com/half", "v1.0.0")
                .download("example.com/half", "v1.0.0", "partial", "")
                .file("cache/download/example.com/half/@v/v1.1.0.zip123456.tmp", "partial zip")
                .file("example.com/half@v1.2.0.tmp-987654/a.go", "package a\n");

        Map<String, ModuleVersion> versions = byId(scan(dir));

        ModuleVersion partial = versions.get("example.com/half@v1.0.0");
        assertThat(partial.parts()).contains(CachePart.PARTIAL);
        assertThat(partial.problemTexts()).containsExactly("extraction did not finish (v1.0.0.partial exists)");
        assertThat(versions.get("example.com/half@v1.1.0").parts()).containsExactly(CachePart.TEMP);
        assertThat(versions.get("example.com/half@v1.1.0").problemTexts()).containsExactly("leftover temporary file v1.1.0.zip123456.tmp");
        ModuleVersion oldTemp = versions.get("example.com/half@v1.2.0");
        assertThat(oldTemp.parts()).containsExactly(CachePart.TEMP);
        assertThat(oldTemp.files()).isEqualTo(1);
        assertThat(oldTemp.problemTexts()).containsExactly("leftover temporary directory example.com/half@v1.2.0.tmp-987654");
    }

    @Test
    void invalidEscapesAreFlaggedRowsNotCrashes() throws IOException {
        new CacheFixture(dir)
                .file("example.com/!!bad@v1.0.0/a.go", "package a\n")
                .file("example.com/good@v1.0.0-!x!/a.go", "package a\n")
                .file("example.com/Upper@v1.0.0/a.go", "package a\n")
                .file("example.com/ok@latest/a.go", "package a\n")
                .tree("example.com/fine", "v1.0.0", "a.go", "package a\n");

        CacheScan scan = scan(dir);
        Map<String, ModuleVersion> versions = byId(scan);

        assertThat(versions.get("example.com/!!bad@v1.0.0").status()).isEqualTo(VerificationStatus.ERROR);
        assertThat(versions.get("example.com/!!bad@v1.0.0").problemTexts())
                .containsExactly("invalid escaped module path \"example.com/!!bad\"");
        assertThat(versions.get("example.com/good@v1.0.0-!x!").problemTexts())
                .containsExactly("invalid escaped version \"v1.0.0-!x!\"");
        assertThat(versions.get("example.com/Upper@v1.0.0").problemTexts())
                .containsExactly("invalid escaped module path \"example.com/Upper\"");
        assertThat(versions.get("example.com/ok@latest").problemTexts())
                .containsExactly("\"latest\" is not a canonical semantic version");
        assertThat(versions.get("example.com/fine@v1.0.0").status()).isEqualTo(VerificationStatus.UNVERIFIED);
        assertThat(scan.totalFiles()).isEqualTo(5);
    }

    @Test
    void singleElementModulePathsAtTheRoot() throws IOException {
        new CacheFixture(dir).tree("example.com", "v1.0.0", "x.go", "package x\n").downloaded("example.com", "v1.0.0");

        assertThat(byId(scan(dir)).get("example.com@v1.0.0").parts()).contains(CachePart.TREE, CachePart.ZIP);
    }

    @Test
    void symlinkPointingOutsideIsNeitherFollowedNorCounted() throws IOException {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("big.bin"), "x".repeat(10_000));
        Path cache = dir.resolve("cache-root");
        CacheFixture f = new CacheFixture(cache).tree("example.com/m", "v1.0.0", "a.go", "package a\n");
        Files.createSymbolicLink(cache.resolve("example.com/m@v1.0.0/link"), outside);
        Files.createSymbolicLink(cache.resolve("example.com/m@v1.0.0/file-link"), outside.resolve("big.bin"));

        CacheScan scan = scan(cache);

        ModuleVersion v = byId(scan).get("example.com/m@v1.0.0");
        assertThat(v.files()).isEqualTo(1);
        assertThat(v.bytes()).isEqualTo("package a\n".length());
        assertThat(scan.totalBytes()).isEqualTo(f.regularFileBytes());
    }

    @Test
    void unreadableDirectoryIsAProblemOfItsVersion() throws IOException {
        new CacheFixture(dir)
                .tree("example.com/m", "v1.0.0", "a.go", "package a\n", "secret/b.go", "package b\n")
                .tree("example.com/n", "v1.0.0", "a.go", "package a\n");
        Path secret = dir.resolve("example.com/m@v1.0.0/secret");
        FileAccess denying = new FileAccess() {
            @Override
            public DirectoryStream<Path> list(Path d) throws IOException {
                if (d.equals(secret)) {
                    throw new AccessDeniedException(d.toString());
                }
                return FileAccess.DEFAULT.list(d);
            }

            @Override
            public io.modcache.fs.FileStat attributes(Path path) throws IOException {
                return FileAccess.DEFAULT.attributes(path);
            }
        };

        CacheScan scan = new CacheScanner(workers.pool(), denying, Duration.ofMillis(100))
                .scan(dir, ScanListener.NONE, CancellationToken.NONE);

        ModuleVersion m = byId(scan).get("example.com/m@v1.0.0");
        assertThat(m.problemTexts()).containsExactly("cannot read example.com/m@v1.0.0/secret: permission denied");
        assertThat(m.status()).isEqualTo(VerificationStatus.ERROR);
        assertThat(m.files()).isEqualTo(1);
        assertThat(byId(scan).get("example.com/n@v1.0.0").problemTexts()).isEmpty();
    }

    @Test
    void reallyUnreadableDirectoryWhenNotRoot() throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")), "root reads every directory; covered by the injected test");
        new CacheFixture(dir).tree("example.com/m", "v1.0.0", "secret/b.go", "package b\n");
        Path secret = dir.resolve("example.com/m@v1.0.0/secret");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        try {
            assertThat(byId(scan(dir)).get("example.com/m@v1.0.0").problemTexts())
                    .containsExactly("cannot read example.com/m@v1.0.0/secret: permission denied");
        } finally {
            Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void otherEntriesAccountForEverythingElse() throws IOException {
        CacheFixture f = new CacheFixture(dir)
                .tree("example.com/m", "v1.0.0", "a.go", "package a\n")
                .file("cache/vcs/0123abcd/HEAD", "ref: refs/heads/main\n")
                .file("cache/vcs/0123abcd/objects/pack/p.pack", "pack")
                .file("cache/vcs/0123abcd.info", "{}")
                .file("cache/vcs/0123abcd.lock", "")
                .file("cache/download/sumdb/sum.golang.org/lookup/example.com/m@v1.0.0", "sum")
                .file("cache/download/sumdb/sum.golang.org/tile/8/0/000", "tile")
                .file("cache/lock", "")
                .file("stray.txt", "who put this here")
                .file("notes/readme.md", "notes")
                .file("notes/deeper/x.txt", "x")
                .file("example.com/loose.txt", "loose");

        CacheScan scan = scan(dir);

        assertThat(scan.other()).extracting(OtherEntry::kind, OtherEntry::path, OtherEntry::files).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(OtherEntry.Kind.VCS, "cache/vcs/0123abcd", 4L),
                org.assertj.core.groups.Tuple.tuple(OtherEntry.Kind.SUMDB, "cache/download/sumdb/sum.golang.org", 2L),
                org.assertj.core.groups.Tuple.tuple(OtherEntry.Kind.LOCK, "cache/lock", 1L),
                org.assertj.core.groups.Tuple.tuple(OtherEntry.Kind.UNKNOWN, "stray.txt", 1L),
                org.assertj.core.groups.Tuple.tuple(OtherEntry.Kind.UNKNOWN, "notes", 2L),
                org.assertj.core.groups.Tuple.tuple(OtherEntry.Kind.UNKNOWN, "example.com", 1L));
        assertThat(scan.totalBytes()).isEqualTo(f.regularFileBytes());
        assertThat(scan.totalFiles()).isEqualTo(12);
    }

    @Test
    void layouts() throws IOException {
        assertThat(scan(dir).layout()).isEqualTo(CacheScan.Layout.EMPTY);
        new CacheFixture(dir).file("photos/cat.jpg", "meow");
        assertThat(scan(dir).layout()).isEqualTo(CacheScan.Layout.NOT_A_MODULE_CACHE);
        assertThatThrownBy(() -> scan(dir.resolve("missing"))).isInstanceOf(NoSuchFileException.class);
        new CacheFixture(dir).file("cache/download/.keep", "");
        assertThat(scan(dir).layout()).isEqualTo(CacheScan.Layout.MODULE_CACHE);
    }

    @Test
    void reportsVersionsAsTheyCompleteAndProgress() throws IOException {
        CacheFixture f = new CacheFixture(dir);
        for (int i = 0; i < 20; i++) {
            f.tree("example.com/m" + i, "v1.0." + i, "a.go", "package a\n").downloaded("example.com/m" + i, "v1.0." + i);
        }
        f.download("example.com/modonly", "v1.0.0", "mod", "module example.com/modonly\n");
        Map<String, ModuleVersion> reported = new ConcurrentHashMap<>();
        List<ScanProgress> progress = new CopyOnWriteArrayList<>();
        ScanListener listener = new ScanListener() {
            @Override
            public void versionFound(ModuleVersion v) {
                reported.put(v.id().toString(), v);
            }

            @Override
            public void progress(ScanProgress p) {
                progress.add(p);
            }
        };

        CacheScan scan = new CacheScanner(workers.pool(), FileAccess.DEFAULT, Duration.ZERO).scan(dir, listener, CancellationToken.NONE);

        assertThat(reported).isEqualTo(byId(scan));
        assertThat(progress).isNotEmpty();
        ScanProgress last = progress.get(progress.size() - 1);
        assertThat(last).isEqualTo(new ScanProgress(21, scan.totalFiles(), scan.totalBytes()));
    }

    @Test
    void cancellationStopsTheScan() throws IOException {
        CacheFixture f = new CacheFixture(dir);
        for (int i = 0; i < 50; i++) {
            f.tree("example.com/m" + i, "v1.0.0", "a.go", "package a\n");
        }
        CancellationToken token = new CancellationToken();
        List<ModuleVersion> seen = new CopyOnWriteArrayList<>();
        ScanListener cancelAfterFirst = new ScanListener() {
            @Override
            public void versionFound(ModuleVersion v) {
                seen.add(v);
                token.cancel();
            }
        };

        assertThatThrownBy(() -> new CacheScanner(workers.pool()).scan(dir, cancelAfterFirst, token))
                .isInstanceOf(CancellationException.class);
        assertThat(seen.size()).isLessThan(50);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(booleans = {false, true})
    void aTaskSubmittedToThePoolDuringAScanRunsBeforeTheScanEndsAndItsFailureIsNotTheScans(boolean failing) throws Exception {
        CacheFixture f = new CacheFixture(dir);
        for (int i = 0; i < 40; i++) {
            f.tree("example.com/m" + i, "v1.0.0", "a.go", "package a\n");
        }
        java.util.concurrent.CountDownLatch firstFound = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch submitted = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicInteger found = new java.util.concurrent.atomic.AtomicInteger();
        ScanListener listener = new ScanListener() {
            @Override
            public void versionFound(ModuleVersion version) {
                if (found.incrementAndGet() == 1) {
                    firstFound.countDown();
                    try {
                        submitted.await(); // the scan goes on only once the other task waits in the pool
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        };
        try (WorkerPool one = new WorkerPool(1)) {
            java.util.concurrent.CompletableFuture<CacheScan> scan = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    return new CacheScanner(one.pool()).scan(f.root(), listener, CancellationToken.NONE);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            firstFound.await();
            java.util.concurrent.CompletableFuture<Integer> foundWhenRun = new java.util.concurrent.CompletableFuture<>();
            one.pool().execute(() -> {
                foundWhenRun.complete(found.get());
                if (failing) {
                    throw new IllegalStateException("thrown by a task that is not the scan (expected in this test)");
                }
            });
            submitted.countDown();

            assertThat(scan.get(20, java.util.concurrent.TimeUnit.SECONDS).versionCount()).isEqualTo(40);
            assertThat(foundWhenRun.get(20, java.util.concurrent.TimeUnit.SECONDS)).as("run between two versions, not after the last")
                    .isLessThan(40);
        }
    }
}
