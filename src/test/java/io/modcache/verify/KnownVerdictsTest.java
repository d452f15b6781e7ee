package io.modcache.verify;

import io.modcache.cache.CacheFixture;
import io.modcache.cache.CacheScanner;
import io.modcache.cache.ModuleVersion;
import io.modcache.cache.ScanListener;
import io.modcache.cache.VerificationStatus;
import io.modcache.cache.VersionId;
import io.modcache.concurrent.CancellationToken;
import io.modcache.concurrent.WorkerPool;
import io.modcache.projects.GoSumIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What the index knows is shown after a scan, even when the checksum database's cache cannot be consulted. */
class KnownVerdictsTest {

    @TempDir
    Path dir;

    @Test
    void aDatabaseCheckThatCannotBeSetUpLeavesTheKnownVerdictsShown() throws Exception {
        CacheFixture f = new CacheFixture(dir.resolve("modcache")).wellFormed("example.com/a", "v1.0.0", "a.go", "package a\n");
        Path index = Files.createDirectories(dir.resolve("index"));
        try (WorkerPool workers = new WorkerPool(2)) {
            CacheScanner scanner = new CacheScanner(workers.pool());
            new VerificationService(workers.pool(), index).verify(f.root(), versions(scanner, f.root()), true, true,
                    GoSumIndex.EMPTY, VerifyListener.NONE, CancellationToken.NONE);

            Map<VersionId, Verdict> known = new VerificationService(workers.pool(), index, root -> {
                throw new IllegalStateException("no GOPATH to read the tree head from");
            }).known(f.root(), versions(scanner, f.root()), GoSumIndex.EMPTY);

            assertThat(known).containsOnlyKeys(new VersionId("example.com/a", "v1.0.0"));
            assertThat(known.values()).allSatisfy(v -> {
                assertThat(v.status()).isEqualTo(VerificationStatus.VERIFIED);
                assertThat(v.provenance()).isNull();
            });
        }
    }

    /** A fresh scan each time: verifying gave files their access times back, which changed their inode change times. */
    private static List<ModuleVersion> versions(CacheScanner scanner, Path root) throws java.io.IOException {
        return scanner.scan(root, ScanListener.NONE, CancellationToken.NONE).modules().stream().flatMap(m -> m.versions().stream()).toList();
    }
}
