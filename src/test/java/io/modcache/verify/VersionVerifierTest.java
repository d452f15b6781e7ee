package io.modcache.verify;

import io.modcache.cache.CacheFixture;
import io.modcache.cache.CacheScanner;
import io.modcache.cache.ModuleVersion;
import io.modcache.cache.ScanListener;
import io.modcache.cache.VerificationStatus;
import io.modcache.concurrent.CancellationToken;
import io.modcache.concurrent.WorkerPool;
import io.modcache.projects.GoSumIndex;
import io.modcache.testing.RawZip;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Verification's own cases on versions the test writes itself (zip, tree and ziphash made with
 * {@link DirHash}), so they need no go command: the cases go has no opinion on, or that a go
 * fixture cannot make.
 */
class VersionVerifierTest {

    @TempDir
    Path dir;

    private static WorkerPool workers;

    @BeforeAll
    static void pool() {
        workers = new WorkerPool(2);
    }

    @AfterAll
    static void close() {
        workers.close();
    }

    private Verdict verdictOf(Path root, String path) throws IOException {
        List<ModuleVersion> versions = new CacheScanner(workers.pool()).scan(root, ScanListener.NONE, CancellationToken.NONE)
                .modules().stream().flatMap(m -> m.versions().stream()).filter(v -> v.path().equals(path)).toList();
        return new CacheVerifier(workers.pool(), VerifyIndex.inMemory(root), true)
                .verify(root, versions, GoSumIndex.EMPTY, VerifyListener.NONE, CancellationToken.NONE).verdicts().values().iterator().next();
    }

    private CacheFixture cache() {
        return new CacheFixture(dir.resolve("mc")).wellFormed("example.com/m", "v1.0.0", "m.go", "package m\n", "doc/a.txt", "about\n");
    }

    private Path atV() {
        return dir.resolve("mc/cache/download/example.com/m/@v");
    }

    @Test
    void aWellFormedVersionIsVerified() throws IOException {
        Verdict v = verdictOf(cache().root(), "example.com/m");
        assertThat(v.status()).isEqualTo(VerificationStatus.VERIFIED);
        assertThat(v.check().zipHash()).isEqualTo(v.check().dirHash()).isEqualTo(v.check().ziphash());
    }

    @Test
    void aMalformedZiphashIsFlaggedAndNothingMatchesIt() throws IOException {
        Path root = cache().root();
        Files.writeString(atV().resolve("v1.0.0.ziphash"), "h1:not-base64!\n");

        Verdict v = verdictOf(root, "example.com/m");

        assertThat(v.status()).as("as go mod verify: neither zip nor tree hashes to it").isEqualTo(VerificationStatus.DIR_MODIFIED);
        assertThat(v.problemTexts()).anyMatch(p -> p.startsWith("malformed ziphash \"h1:not-base64!\""))
                .anyMatch(p -> p.startsWith("zip has been modified"));
    }

    @Test
    void anInfoThatIsNotJsonMakesItIncomplete() throws IOException {
        Path root = cache().root();
        Files.writeString(atV().resolve("v1.0.0.info"), "{\"Version\": ");

        Verdict v = verdictOf(root, "example.com/m");

        assertThat(v.status()).isEqualTo(VerificationStatus.INCOMPLETE);
        assertThat(v.problemTexts()).singleElement().asString().startsWith(".info is not valid JSON");
    }

    @Test
    void aZipDeclaringMoreThanXModsLimitIsCorrupt() throws IOException {
        Path root = cache().root();
        RawZip.writeDeclaring(atV().resolve("v1.0.0.zip"),
                List.of(Map.entry("example.com/m@v1.0.0/big.bin", "x")), ModuleZip.MAX_ZIP_FILE + 1);

        Verdict v = verdictOf(root, "example.com/m");

        assertThat(v.status()).as("the tree still matches the ziphash").isEqualTo(VerificationStatus.CORRUPT_ZIP);
        assertThat(v.problemTexts()).singleElement().asString().startsWith("total uncompressed size of module contents too large");
    }

    @Test
    void aTreeWithAFileTheZipLacksIsAModifiedDirAndTheZipStillVerifies() throws IOException {
        Path root = cache().root();
        Path tree = root.resolve("example.com/m@v1.0.0");
        Files.writeString(tree.resolve("extra.go"), "package m // added after extraction\n");

        Verdict v = verdictOf(root, "example.com/m");

        assertThat(v.status()).isEqualTo(VerificationStatus.DIR_MODIFIED);
        assertThat(v.problemTexts()).containsExactly("dir has been modified (" + tree + ")");
        assertThat(v.check().zipHash()).isEqualTo(v.check().ziphash());
    }
}
