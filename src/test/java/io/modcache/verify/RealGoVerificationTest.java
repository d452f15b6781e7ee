package io.modcache.verify;

import io.modcache.testing.RequiresGo;
import io.modcache.cache.CacheScan;
import io.modcache.cache.CacheScanner;
import io.modcache.cache.ModuleVersion;
import io.modcache.cache.ScanListener;
import io.modcache.cache.VerificationStatus;
import io.modcache.concurrent.CancellationToken;
import io.modcache.concurrent.WorkerPool;
import io.modcache.projects.GoSumFile;
import io.modcache.projects.GoSumIndex;
import io.modcache.testing.GoProxyFixture;
import io.modcache.testing.GoTool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole status matrix on a cache filled by the real go command, damaged one way per version,
 * and compared with what {@code go mod verify} says about the same cache.
 */
@RequiresGo
class RealGoVerificationTest {

    @TempDir
    static Path dir;

    private static GoProxyFixture fixture;
    private static WorkerPool workers;
    private static List<GoProxyFixture.Downloaded> downloads;
    private static Path project;

    private static final List<String> MODULES = List.of("clean", "dirmod", "zipmod", "ziptrunc", "noziphash",
            "partial", "badinfo", "gosum", "treeonly");

    @BeforeAll
    static void buildAndDamageCache() throws Exception {
        fixture = new GoProxyFixture(GoTool.require(), dir);
        workers = new WorkerPool(2);
        for (String m : MODULES) {
            fixture.publish("example.com/" + m, "v1.0.0", m + ".go", "package " + m + "\n\nconst Name = \"" + m + "\"\n",
                    "sub/data.txt", "some data for " + m + "\n".repeat(200));
        }
        fixture.publish("example.com/zipmod", "v1.1.0", "zipmod.go", "package zipmod // another release\n");
        downloads = GoProxyFixture.parseDownloads(fixture.download(MODULES.stream().map(m -> "example.com/" + m + "@v1.0.0")
                .toArray(String[]::new)));
        fixture.download("example.com/zipmod@v1.1.0");
        project = fixture.project("all", downloads);

        Path mc = fixture.modcache();
        Path atV = mc.resolve("cache/download/example.com");
        writable(mc.resolve("example.com/dirmod@v1.0.0/dirmod.go"));
        Files.writeString(mc.resolve("example.com/dirmod@v1.0.0/dirmod.go"), "package dirmod // changed\n");
        writable(atV.resolve("zipmod/@v/v1.0.0.zip"));
        Files.copy(atV.resolve("zipmod/@v/v1.1.0.zip"), atV.resolve("zipmod/@v/v1.0.0.zip"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        writable(atV.resolve("ziptrunc/@v/v1.0.0.zip"));
        try (var ch = Files.newByteChannel(atV.resolve("ziptrunc/@v/v1.0.0.zip"), StandardOpenOption.WRITE)) {
            ch.truncate(ch.size() / 2);
        }
        Files.delete(atV.resolve("noziphash/@v/v1.0.0.ziphash"));
        Files.writeString(atV.resolve("partial/@v/v1.0.0.partial"), "");
        Files.writeString(atV.resolve("badinfo/@v/v1.0.0.info"), "{\"Version\": ");
        Files.delete(atV.resolve("treeonly/@v/v1.0.0.zip"));
    }

    @AfterAll
    static void tearDown() throws IOException {
        if (workers != null) {
            workers.close();
        }
        if (fixture != null) {
            fixture.close();
        }
    }

    private static void writable(Path file) {
        file.getParent().toFile().setWritable(true, true);
        file.toFile().setWritable(true, true);
    }

    private static Map<String, Verdict> verify(GoSumIndex sums, VerifyIndex index) throws IOException {
        CacheScan scan = new CacheScanner(workers.pool()).scan(fixture.modcache(), ScanListener.NONE, CancellationToken.NONE);
        List<ModuleVersion> versions = scan.modules().stream().flatMap(m -> m.versions().stream()).toList();
        Map<String, Verdict> byText = new java.util.HashMap<>();
        new CacheVerifier(workers.pool(), index, true).verify(scan.root(), versions, sums, VerifyListener.NONE, CancellationToken.NONE)
                .verdicts().forEach((id, v) -> byText.put(id.toString(), v));
        return byText;
    }

    @Test
    void everyVersionGetsTheRightVerdict() throws Exception {
        Path wrongSum = dir.resolve("wrong/go.sum");
        Files.createDirectories(wrongSum.getParent());
        Files.writeString(wrongSum, "example.com/gosum v1.0.0 h1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n");
        GoSumIndex sums = GoSumIndex.load(List.of(project), List.of(wrongSum), CancellationToken.NONE);

        Map<String, Verdict> verdicts = verify(sums, VerifyIndex.inMemory(fixture.modcache()));

        Map<String, VerificationStatus> statuses = verdicts.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().status()));
        assertThat(statuses).containsAllEntriesOf(Map.of(
                "example.com/clean@v1.0.0", VerificationStatus.VERIFIED,
                "example.com/dirmod@v1.0.0", VerificationStatus.DIR_MODIFIED,
                "example.com/zipmod@v1.0.0", VerificationStatus.ZIP_MODIFIED,
                "example.com/zipmod@v1.1.0", VerificationStatus.VERIFIED,
                "example.com/ziptrunc@v1.0.0", VerificationStatus.CORRUPT_ZIP,
                "example.com/noziphash@v1.0.0", VerificationStatus.MISSING_ZIPHASH,
                "example.com/partial@v1.0.0", VerificationStatus.INCOMPLETE,
                "example.com/badinfo@v1.0.0", VerificationStatus.INCOMPLETE,
                "example.com/gosum@v1.0.0", VerificationStatus.GOSUM_MISMATCH,
                "example.com/treeonly@v1.0.0", VerificationStatus.VERIFIED));
        assertThat(verdicts.get("example.com/clean@v1.0.0").matchedGoSums()).containsExactly(project.resolve("go.sum"));
        assertThat(verdicts.get("example.com/partial@v1.0.0").problemTexts()).containsExactly("extraction did not finish (v1.0.0.partial exists)");
        assertThat(verdicts.get("example.com/badinfo@v1.0.0").problemTexts()).singleElement().asString().startsWith(".info is not valid JSON");
        assertThat(verdicts.get("example.com/gosum@v1.0.0").problemTexts()).singleElement().asString()
                .startsWith("go.sum mismatch: " + wrongSum + ":1 pins h1:AAAA").contains("the cache has h1:");
    }

    @Test
    void sameVerdictsAsGoModVerify() throws Exception {
        GoTool.Result go = fixture.verify(project);
        assertThat(go.exitCode()).as(go.stderr()).isEqualTo(1);
        Map<String, String> goSays = new HashMap<>();
        for (String line : go.stderr().lines().toList()) {
            String[] f = line.split(" ", 3);
            if (f.length == 3 && f[0].startsWith("example.com/")) {
                goSays.merge(f[0] + "@" + f[1].replaceAll(":$", ""), f[2], (a, b) -> a + "\n" + b);
            }
        }

        Map<String, Verdict> ours = verify(GoSumIndex.EMPTY, VerifyIndex.inMemory(fixture.modcache()));

        Set<VerificationStatus> goVerdicts = Set.of(VerificationStatus.DIR_MODIFIED, VerificationStatus.ZIP_MODIFIED,
                VerificationStatus.MISSING_ZIPHASH, VerificationStatus.CORRUPT_ZIP);
        Set<String> oursFailing = ours.entrySet().stream().filter(e -> goVerdicts.contains(e.getValue().status()))
                .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
        assertThat(oursFailing).as("go said:\n" + go.stderr()).isEqualTo(new TreeSet<>(goSays.keySet()));
        for (String id : List.of("example.com/dirmod@v1.0.0", "example.com/zipmod@v1.0.0", "example.com/noziphash@v1.0.0")) {
            assertThat(ours.get(id).problemTexts()).as(id).contains(goSays.get(id));
        }
    }

    @Test
    void hashesEqualTheOnesGoComputed() throws Exception {
        Map<String, Verdict> ours = verify(GoSumIndex.EMPTY, VerifyIndex.inMemory(fixture.modcache()));
        Map<String, GoProxyFixture.Downloaded> go = downloads.stream()
                .collect(Collectors.toMap(d -> d.path() + "@" + d.version(), Function.identity()));

        for (String m : List.of("clean", "dirmod", "gosum", "partial", "badinfo")) {
            String id = "example.com/" + m + "@v1.0.0";
            VersionCheck c = ours.get(id).check();
            assertThat(c.ziphash()).as(id).isEqualTo(go.get(id).sum());
            assertThat(c.modHash()).as(id).isEqualTo(go.get(id).goModSum());
            assertThat(c.zipHash()).as(id).isEqualTo(go.get(id).sum());
        }
        assertThat(ours.get("example.com/clean@v1.0.0").check().dirHash()).isEqualTo(go.get("example.com/clean@v1.0.0").sum());
        assertThat(ours.get("example.com/dirmod@v1.0.0").check().dirHash()).isNotEqualTo(go.get("example.com/dirmod@v1.0.0").sum());
    }

    @Test
    void malformedGoSumLinesAreReportedNotFatal() throws IOException {
        Path bad = dir.resolve("bad/go.sum");
        Files.createDirectories(bad.getParent());
        Files.writeString(bad, "example.com/clean v1.0.0\n\nexample.com/clean v1.0.0 " + downloads.get(0).sum() + "\n");

        GoSumFile parsed = GoSumFile.read(bad);

        assertThat(parsed.problems()).containsExactly(bad + ":1: malformed go.sum line: wrong number of fields 2");
        assertThat(parsed.lines()).hasSize(1);
        assertThat(parsed.lines().get(0).line()).isEqualTo(3);
    }
}
