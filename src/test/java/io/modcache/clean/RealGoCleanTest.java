package io.modcache.clean;

import io.modcache.system.PrivatePatterns;
import io.modcache.testing.RequiresGo;
import io.modcache.cache.CacheScan;
import io.modcache.cache.CacheScanner;
import io.modcache.cache.ModuleVersion;
import io.modcache.cache.ScanListener;
import io.modcache.concurrent.CancellationToken;
import io.modcache.concurrent.WorkerPool;
import io.modcache.projects.GoSumIndex;
import io.modcache.testing.Await;
import io.modcache.testing.GoProxyFixture;
import io.modcache.testing.GoTool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Deletions on caches the real go filled; afterwards go must recover by itself. */
@RequiresGo
class RealGoCleanTest {

    @TempDir
    Path dir;

    private GoProxyFixture fixture;
    private WorkerPool workers;
    private Path project;

    @BeforeEach
    void fill() throws Exception {
        fixture = new GoProxyFixture(GoTool.require(), dir);
        workers = new WorkerPool(2);
        fixture.publish("example.com/a", "v1.0.0", "a.go", "package a\n")
                .publish("example.com/a", "v1.1.0", "a.go", "package a // 1.1\n")
                .publish("example.com/Keep", "v1.0.0", "k.go", "package keep\n", "sub/data.txt", "data\n");
        project = fixture.project("p", GoProxyFixture.parseDownloads(
                fixture.download("example.com/a@v1.0.0", "example.com/a@v1.1.0", "example.com/Keep@v1.0.0")));
    }

    @AfterEach
    void tearDown() throws IOException {
        workers.close();
        fixture.close();
    }

    private Path mc() {
        return fixture.modcache();
    }

    private List<ModuleVersion> versions(String... ids) throws IOException {
        CacheScan scan = new CacheScanner(workers.pool()).scan(mc(), ScanListener.NONE, CancellationToken.NONE);
        List<String> wanted = List.of(ids);
        return scan.modules().stream().flatMap(m -> m.versions().stream()).filter(v -> wanted.contains(v.id().toString())).toList();
    }

    private DeletionResult delete(Scope scope, String... ids) throws IOException {
        DeletionPlan plan = new DeletionPlanner(mc(), GoSumIndex.EMPTY, PrivatePatterns.NONE)
                .plan(versions(ids), List.of(), scope, false, CancellationToken.NONE);
        assertThat(plan.entries()).hasSize(ids.length);
        return new SafeDeleter(workers.pool(), FileLocks.forThisPlatform()).execute(plan, false, DeletionListener.NONE, CancellationToken.NONE);
    }

    /** Content hash of every regular file below a folder, by relative path. */
    private static Map<String, String> contents(Path root) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
                out.put(root.relativize(p).toString(), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
            }
        }
        return out;
    }

    private void assertGoVerifies() throws Exception {
        GoTool.Result verify = fixture.verify(project);
        assertThat(verify.exitCode()).as(verify.stderr()).isZero();
        assertThat(verify.stdout()).contains("all modules verified");
    }

    @Test
    void scopeEverythingRemovesAllButTheLockAndGoDownloadsItAgain() throws Exception {
        Map<String, String> keepBefore = contents(mc().resolve("example.com/!keep@v1.0.0"));
        Map<String, String> otherVersionBefore = contents(mc().resolve("example.com/a@v1.1.0"));
        Path atV = mc().resolve("cache/download/example.com/a/@v");

        DeletionResult result = delete(Scope.EVERYTHING, "example.com/a@v1.0.0");

        assertThat(result.failed()).isEmpty();
        assertThat(result.freedBytes()).isEqualTo(result.deleted().get(0).entry().bytes());
        assertThat(mc().resolve("example.com/a@v1.0.0")).doesNotExist();
        try (Stream<Path> s = Files.list(atV)) {
            assertThat(s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("v1.0.0."))).containsExactly("v1.0.0.lock");
        }
        assertThat(Files.readString(atV.resolve("list"))).isEqualTo("v1.1.0\n");
        assertThat(contents(mc().resolve("example.com/!keep@v1.0.0"))).isEqualTo(keepBefore);
        assertThat(contents(mc().resolve("example.com/a@v1.1.0"))).isEqualTo(otherVersionBefore);

        fixture.download("example.com/a@v1.0.0");
        assertGoVerifies();
    }

    @Test
    void scopeExtractedKeepsTheZipSoGoReExtractsOffline() throws Exception {
        DeletionResult result = delete(Scope.EXTRACTED, "example.com/a@v1.0.0");

        assertThat(result.failed()).isEmpty();
        assertThat(mc().resolve("example.com/a@v1.0.0")).doesNotExist();
        assertThat(mc().resolve("cache/download/example.com/a/@v/v1.0.0.zip")).exists();
        assertThat(mc().resolve("cache/download/example.com/a/@v/v1.0.0.partial")).doesNotExist();

        GoTool.Result offline = fixture.goWith(dir.resolve("work"), Map.of("GOPROXY", "off"), "mod", "download", "example.com/a@v1.0.0");
        assertThat(offline.exitCode()).as(offline.stderr()).isZero();
        assertThat(mc().resolve("example.com/a@v1.0.0/a.go")).exists();
        assertGoVerifies();
    }

    @Test
    void aSymlinkToAFolderOutsideTheCacheIsRemovedAsALink() throws Exception {
        Path outside = Files.createDirectories(dir.resolve("precious"));
        Files.writeString(outside.resolve("thesis.tex"), "years of work");
        Path tree = mc().resolve("example.com/a@v1.0.0");
        tree.toFile().setWritable(true, true);
        Files.createSymbolicLink(tree.resolve("escape"), outside);
        Files.createSymbolicLink(tree.resolve("escape-file"), outside.resolve("thesis.tex"));

        DeletionResult result = delete(Scope.EVERYTHING, "example.com/a@v1.0.0");

        assertThat(result.failed()).isEmpty();
        assertThat(tree).doesNotExist();
        assertThat(Files.readString(outside.resolve("thesis.tex"))).isEqualTo("years of work");
    }

    @Test
    void versionListIsWhatGoWouldWrite() throws Exception {
        fixture.publish("example.com/a", "v1.2.0-rc.1", "a.go", "package a\n").publish("example.com/a", "v0.9.0", "a.go", "package a\n");
        fixture.download("example.com/a@v1.2.0-rc.1", "example.com/a@v0.9.0");
        Path atV = mc().resolve("cache/download/example.com/a/@v");

        delete(Scope.EVERYTHING, "example.com/a@v1.1.0");
        String ours = Files.readString(atV.resolve("list"));

        // Make go rewrite the list itself: it does so whenever it writes a .mod file.
        Files.delete(atV.resolve("v0.9.0.mod"));
        fixture.download("example.com/a@v0.9.0");
        assertThat(ours).isEqualTo("v0.9.0\nv1.0.0\nv1.2.0-rc.1\n").isEqualTo(Files.readString(atV.resolve("list")));
    }

    @Test
    void goWaitsForOurLock() throws Exception {
        Path atV = mc().resolve("cache/download/example.com/a/@v");
        Files.write(atV.resolve("v1.0.0.partial"), new byte[0]); // go now needs the lock to re-extract

        Process go;
        try (FileLocks.Held held = FileLocks.forThisPlatform().lock(atV.resolve("v1.0.0.lock"), CancellationToken.NONE)) {
            List<String> cmd = new ArrayList<>(List.of(fixture.go().executable().toString(), "mod", "download", "example.com/a@v1.0.0"));
            ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.resolve("work").toFile()).redirectErrorStream(true);
            pb.environment().putAll(fixture.env());
            go = pb.start();
            assertThat(go.waitFor(1500, TimeUnit.MILLISECONDS)).as("go must block while we hold the lock").isFalse();
        }
        assertThat(go.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(go.exitValue()).as(new String(go.getInputStream().readAllBytes())).isZero();
        assertThat(atV.resolve("v1.0.0.partial")).doesNotExist();
        assertGoVerifies();
    }

    @Test
    void aDeletionKilledPartWayLeavesACacheGoRepairs() throws Exception {
        fixture.publishLarge("example.com/big", "v1.0.0", 6000);
        fixture.download("example.com/big@v1.0.0");
        project = fixture.project("p2", GoProxyFixture.parseDownloads(fixture.download("example.com/a@v1.0.0",
                "example.com/a@v1.1.0", "example.com/Keep@v1.0.0", "example.com/big@v1.0.0")));
        Path partial = mc().resolve("cache/download/example.com/big/@v/v1.0.0.partial");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "io.modcache.Launcher",
                "clean", "--cache", mc().toString(), "--yes", "example.com/big@v1.0.0").redirectErrorStream(true)
                .redirectOutput(dir.resolve("clean.log").toFile());
        Process clean = pb.start();

        Await.until(".partial to appear", Duration.ofSeconds(60), () -> Files.exists(partial) || !clean.isAlive());
        clean.destroyForcibly().waitFor();
        assertThat(partial).as("killed in the middle of the protocol").exists();

        fixture.download("example.com/big@v1.0.0");
        assertGoVerifies();
        assertThat(partial).doesNotExist();
    }

    @Test
    void goDownloadingTheSameVersionMeanwhileDoesNotFail() throws Exception {
        fixture.publishLarge("example.com/big", "v1.0.0", 4000);
        project = fixture.project("p2", GoProxyFixture.parseDownloads(fixture.download("example.com/a@v1.0.0",
                "example.com/a@v1.1.0", "example.com/Keep@v1.0.0", "example.com/big@v1.0.0")));
        List<ModuleVersion> big = versions("example.com/big@v1.0.0");
        DeletionPlan plan = new DeletionPlanner(mc(), GoSumIndex.EMPTY, PrivatePatterns.NONE)
                .plan(big, List.of(), Scope.EVERYTHING, false, CancellationToken.NONE);

        CompletableFuture<DeletionResult> deletion = CompletableFuture.supplyAsync(() -> {
            try {
                return new SafeDeleter(workers.pool(), FileLocks.forThisPlatform()).execute(plan, false, DeletionListener.NONE, CancellationToken.NONE);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        List<GoTool.Result> goRuns = new ArrayList<>();
        do {
            goRuns.add(fixture.goWith(dir.resolve("work"), Map.of(), "mod", "download", "example.com/big@v1.0.0"));
        } while (!deletion.isDone());
        goRuns.add(fixture.goWith(dir.resolve("work"), Map.of(), "mod", "download", "example.com/big@v1.0.0"));

        assertThat(deletion.get().failed()).isEmpty();
        assertThat(goRuns).allSatisfy(r -> assertThat(r.exitCode()).as(r.stderr()).isZero());
        assertGoVerifies();
    }
}
