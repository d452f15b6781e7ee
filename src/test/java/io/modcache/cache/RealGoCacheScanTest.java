package io.modcache.cache;

import io.modcache.testing.RequiresGo;
import io.modcache.concurrent.CancellationToken;
import io.modcache.concurrent.WorkerPool;
import io.modcache.testing.GoProxyFixture;
import io.modcache.testing.GoTool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The scanner on a cache that the real go command filled from a file-based proxy the test wrote. */
@RequiresGo
class RealGoCacheScanTest {

    @TempDir
    Path dir;

    private GoProxyFixture fixture;

    @AfterEach
    void makeWritable() throws IOException {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void scanFindsWhatGoDownloaded() throws Exception {
        fixture = new GoProxyFixture(GoTool.require(), dir)
                .publish("example.com/hello", "v1.0.0", "hello.go", "package hello\n")
                .publish("example.com/hello", "v1.1.0", "hello.go", "package hello\n\nconst V = 2\n")
                .publish("example.com/hello/sub", "v0.1.0", "sub.go", "package sub\n")
                .publish("github.com/Upper/Case", "v1.2.3", "case.go", "package casepkg\n", "docs/README", "hi\n");
        fixture.download("example.com/hello@v1.0.0", "example.com/hello@v1.1.0",
                "example.com/hello/sub@v0.1.0", "github.com/Upper/Case@v1.2.3");

        CacheScan scan;
        try (WorkerPool workers = new WorkerPool(2)) {
            scan = new CacheScanner(workers.pool()).scan(fixture.modcache(), ScanListener.NONE, CancellationToken.NONE);
        }

        assertThat(scan.layout()).isEqualTo(CacheScan.Layout.MODULE_CACHE);
        assertThat(scan.modules()).extracting(CacheModule::path)
                .containsExactly("example.com/hello", "example.com/hello/sub", "github.com/Upper/Case");
        assertThat(scan.modules().get(0).versions()).extracting(ModuleVersion::version).containsExactly("v1.1.0", "v1.0.0");
        assertThat(scan.modules().get(0).ownFiles()).as("@v/list").isEqualTo(1);
        for (CacheModule m : scan.modules()) {
            for (ModuleVersion v : m.versions()) {
                assertThat(v.parts()).as(v.id().toString()).containsAll(EnumSet.of(CachePart.TREE, CachePart.ZIP,
                        CachePart.ZIPHASH, CachePart.MOD, CachePart.INFO, CachePart.LOCK));
                assertThat(v.problemTexts()).as(v.id().toString()).isEmpty();
                assertThat(v.bytes()).as(v.id().toString()).isEqualTo(bytesOf(fixture.modcache(), m.escapedPath(), v.escapedVersion()));
            }
        }
        ModuleVersion upper = scan.modules().get(2).versions().get(0);
        assertThat(upper.escapedPath()).isEqualTo("github.com/!upper/!case");
        assertThat(upper.files()).as("3 files in the tree; info, mod, zip, ziphash, lock").isEqualTo(3 + 5);
        assertThat(scan.totalBytes()).isEqualTo(regularFileBytes(fixture.modcache()));
        assertThat(scan.totalFiles()).isEqualTo(regularFiles(fixture.modcache()).size());
    }

    /** Sizes of the version's tree plus its cache/download files, as the file system reports them. */
    private static long bytesOf(Path root, String escapedPath, String escapedVersion) throws IOException {
        long tree = regularFileBytes(root.resolve(escapedPath + "@" + escapedVersion));
        long download = 0;
        try (Stream<Path> s = Files.list(root.resolve("cache/download").resolve(escapedPath).resolve("@v"))) {
            for (Path p : s.filter(p -> p.getFileName().toString().startsWith(escapedVersion + ".")).toList()) {
                download += Files.size(p);
            }
        }
        return tree + download;
    }

    private static long regularFileBytes(Path root) throws IOException {
        long sum = 0;
        for (Path p : regularFiles(root)) {
            sum += Files.size(p);
        }
        return sum;
    }

    private static List<Path> regularFiles(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).toList();
        }
    }
}
