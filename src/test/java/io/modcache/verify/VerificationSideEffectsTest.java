package io.modcache.verify;

import io.modcache.testing.RequiresGo;
import io.modcache.cache.CacheScan;
import io.modcache.cache.CacheScanner;
import io.modcache.cache.ModuleVersion;
import io.modcache.cache.ScanListener;
import io.modcache.cache.VerificationStatus;
import io.modcache.cache.VersionId;
import io.modcache.concurrent.CancellationToken;
import io.modcache.concurrent.WorkerPool;
import io.modcache.projects.GoSumIndex;
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
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Verification leaves access times alone, and an unchanged cache is not read again. */
@RequiresGo
class VerificationSideEffectsTest {

    private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));

    @TempDir
    Path dir;

    private GoProxyFixture fixture;
    private WorkerPool workers;

    @BeforeEach
    void fillCache() throws Exception {
        fixture = new GoProxyFixture(GoTool.require(), dir);
        workers = new WorkerPool(2);
        for (String m : List.of("a", "b", "c")) {
            fixture.publish("example.com/" + m, "v1.0.0", m + ".go", "package " + m + "\n", "doc/" + m + ".txt", "docs\n");
        }
        fixture.download("example.com/a@v1.0.0", "example.com/b@v1.0.0", "example.com/c@v1.0.0");
    }

    @AfterEach
    void tearDown() throws IOException {
        workers.close();
        fixture.close();
    }

    private List<ModuleVersion> scan() throws IOException {
        CacheScan scan = new CacheScanner(workers.pool()).scan(fixture.modcache(), ScanListener.NONE, CancellationToken.NONE);
        return scan.modules().stream().flatMap(m -> m.versions().stream()).toList();
    }

    private VerifyResult verify(VerifyIndex index) throws IOException {
        return verify(index, false);
    }

    /** @param freshScan whether the index is consulted with the fingerprints of the scan just made */
    private VerifyResult verify(VerifyIndex index, boolean freshScan) throws IOException {
        return new CacheVerifier(workers.pool(), index, freshScan).verify(fixture.modcache(), scan(), GoSumIndex.EMPTY,
                VerifyListener.NONE, CancellationToken.NONE);
    }

    private List<Path> regularFiles() throws IOException {
        try (Stream<Path> s = Files.walk(fixture.modcache())) {
            return s.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).toList();
        }
    }

    @Test
    void accessTimesAreWhatTheyWereBefore() throws IOException {
        // Access times older than the modification time: reading would update them under relatime.
        for (Path f : regularFiles()) {
            Files.getFileAttributeView(f, BasicFileAttributeView.class).setTimes(null, LONG_AGO, null);
        }
        Map<Path, FileTime> before = new HashMap<>();
        for (Path f : regularFiles()) {
            before.put(f, Files.readAttributes(f, BasicFileAttributes.class).lastAccessTime());
        }
        assertThat(before.values()).allMatch(LONG_AGO::equals);

        VerifyResult result = verify(VerifyIndex.inMemory(fixture.modcache()));

        assertThat(result.verdicts().values()).allMatch(v -> v.status() == VerificationStatus.VERIFIED);
        for (Path f : regularFiles()) {
            assertThat(Files.readAttributes(f, BasicFileAttributes.class).lastAccessTime()).as(f.toString()).isEqualTo(before.get(f));
        }
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "fingerprints from the scan: {0}")
    @org.junit.jupiter.params.provider.ValueSource(booleans = {false, true})
    void unchangedVersionsComeFromTheIndexAndChangedOnesAreReadAgain(boolean freshScan) throws IOException {
        Path indexDir = dir.resolve("index");

        VerifyResult first = verify(VerifyIndex.load(indexDir, fixture.modcache()), freshScan);
        assertThat(first.checked()).isEqualTo(3);
        assertThat(first.reused()).isZero();

        VerifyResult second = verify(VerifyIndex.load(indexDir, fixture.modcache()), freshScan);
        assertThat(second.checked()).isZero();
        assertThat(second.reused()).isEqualTo(3);
        assertThat(second.verdicts()).isEqualTo(first.verdicts());

        Path b = fixture.modcache().resolve("example.com/b@v1.0.0/b.go");
        b.getParent().toFile().setWritable(true, true);
        b.toFile().setWritable(true, true);
        Files.writeString(b, "package X\n"); // same size: only times and inode change tell
        VerifyResult third = verify(VerifyIndex.load(indexDir, fixture.modcache()), freshScan);
        assertThat(third.checked()).isEqualTo(1);
        assertThat(third.reused()).isEqualTo(2);
        assertThat(third.verdicts().get(VersionId.parse("example.com/b@v1.0.0")).status()).isEqualTo(VerificationStatus.DIR_MODIFIED);
    }

    /** The scanner and the verifier must agree, or the index would never be hit after a scan. */
    @Test
    void scannerAndVerifierComputeTheSameFingerprint() throws IOException {
        Path tree = fixture.modcache().resolve("example.com/a@v1.0.0");
        tree.toFile().setWritable(true, true);
        Files.createSymbolicLink(tree.resolve("link"), tree.resolve("a.go"));
        Files.writeString(fixture.modcache().resolve("cache/download/example.com/b/@v/v1.0.0.partial"), "");

        for (ModuleVersion v : scan()) {
            assertThat(v.fingerprint()).as(v.id().toString()).isNotNull()
                    .isEqualTo(new VersionVerifier(fixture.modcache(), CancellationToken.NONE).fingerprint(v));
        }
    }

    @Test
    void aCorruptIndexIsIgnoredAndRebuilt() throws IOException {
        Path indexDir = dir.resolve("index");
        VerifyIndex index = VerifyIndex.load(indexDir, fixture.modcache());
        verify(index);
        Files.writeString(index.file(), "{ this is not json");

        VerifyResult again = verify(VerifyIndex.load(indexDir, fixture.modcache()));

        assertThat(again.checked()).isEqualTo(3);
        assertThat(verify(VerifyIndex.load(indexDir, fixture.modcache())).reused()).isEqualTo(3);
    }
}
