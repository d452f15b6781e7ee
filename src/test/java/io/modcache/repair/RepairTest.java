package io.modcache.repair;

import io.modcache.cache.CacheScan;
import io.modcache.cache.CacheScanner;
import io.modcache.cache.ModuleVersion;
import io.modcache.cache.ScanListener;
import io.modcache.cache.VerificationStatus;
import io.modcache.cache.VersionId;
import io.modcache.clean.FileLocks;
import io.modcache.clean.SafeDeleter;
import io.modcache.concurrent.CancellationToken;
import io.modcache.concurrent.WorkerPool;
import io.modcache.projects.GoSumIndex;
import io.modcache.sumdb.Provenance;
import io.modcache.sumdb.SumdbConfig;
import io.modcache.system.PrivatePatterns;
import io.modcache.testing.GoProxyFixture;
import io.modcache.testing.GoTool;
import io.modcache.testing.RequiresGo;
import io.modcache.testing.SumdbServerFixture;
import io.modcache.verify.Verdict;
import io.modcache.verify.VerificationService;
import io.modcache.verify.VerifyListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Repair with the real go and a real checksum database on 127.0.0.1: a damaged version comes back
 * verified; one the proxy no longer serves, or whose fresh copy the database rejects, is left
 * exactly as it was; and a repair stopped after the deletion leaves a cache go fills again by itself.
 */
@RequiresGo
class RepairTest {

    private static final String FAKE_HASH = "h1:" + java.util.Base64.getEncoder().encodeToString(new byte[32]);

    @TempDir
    Path dir;

    private GoProxyFixture fixture;
    private SumdbServerFixture sumdb;
    private WorkerPool workers;
    private Repairer repairer;
    private SumdbConfig config;
    private Map<String, String> viaDb;

    @BeforeEach
    void fillAndDamage() throws Exception {
        GoTool go = GoTool.require();
        fixture = new GoProxyFixture(go, dir.resolve("main"));
        for (String m : List.of("damaged", "gone", "rejected", "stopped")) {
            fixture.publish("example.com/" + m, "v1.0.0", "x.go", "package x\n\nconst Name = \"" + m + "\"\n");
        }
        sumdb = SumdbServerFixture.start(go, dir, fixture.proxy(), Map.of("example.com/rejected@v1.0.0", FAKE_HASH));
        viaDb = Map.of("GOSUMDB", sumdb.gosumdb(), "GONOSUMDB", "", "GOPRIVATE", "");
        fixture.goWith(dir.resolve("main/work"), viaDb, "mod", "download", "example.com/damaged@v1.0.0", "example.com/gone@v1.0.0",
                "example.com/stopped@v1.0.0").assertSuccess();
        fixture.goWith(dir.resolve("main/work"), Map.of("GOSUMDB", "off"), "mod", "download", "example.com/rejected@v1.0.0")
                .assertSuccess();
        for (String m : List.of("damaged", "gone", "rejected", "stopped")) {
            Path file = fixture.modcache().resolve("example.com/" + m + "@v1.0.0/x.go");
            file.toFile().setWritable(true);
            Files.writeString(file, "package x // damaged\n");
        }
        // the proxy no longer serves gone@v1.0.0
        Path goneAtV = fixture.proxy().resolve("example.com/gone/@v");
        try (Stream<Path> files = Files.list(goneAtV)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        workers = new WorkerPool(2);
        config = SumdbConfig.parse(sumdb.gosumdb(), PrivatePatterns.NONE, dir.resolve("main/gopath"));
        Map<String, String> env = new HashMap<>(fixture.env());
        env.putAll(viaDb);
        env.put("PATH", System.getenv("PATH"));
        repairer = new Repairer(new GoRunner(go.executable().toString(), env, 300), workers.pool(),
                new SafeDeleter(workers.pool(), FileLocks.forThisPlatform()), config, PrivatePatterns.NONE, GoSumIndex.EMPTY);
    }

    @AfterEach
    void stop() throws IOException {
        workers.close();
        sumdb.close();
        fixture.close();
    }

    @Test
    void aDamagedVersionComesBackVerifiedAndConfirmed() throws Exception {
        assertThat(verdict("damaged").status()).isEqualTo(VerificationStatus.DIR_MODIFIED);

        List<RepairOutcome> outcomes = repairer.repair(fixture.modcache(), List.of(version("damaged")), Repairer.Listener.NONE,
                CancellationToken.NONE);

        assertThat(outcomes).singleElement().satisfies(o -> assertThat(o.result()).isEqualTo(RepairOutcome.Result.REPAIRED));
        Verdict after = verdict("damaged");
        assertThat(after.status()).isEqualTo(VerificationStatus.VERIFIED);
        assertThat(after.provenance().state()).isEqualTo(Provenance.State.CONFIRMED);
        assertThat(Files.readString(fixture.modcache().resolve("example.com/damaged@v1.0.0/x.go"))).contains("\"damaged\"");
        try (Stream<Path> beside = Files.list(fixture.modcache().getParent())) {
            assertThat(beside.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".modcache-repair-"));
        }
    }

    @Test
    void aVersionTheProxyNoLongerServesIsLeftExactlyAsItWas() throws Exception {
        assertLeftAsItWas("gone", "no good copy: ", "example.com/gone@v1.0.0");
    }

    @Test
    void aFreshCopyTheChecksumDatabaseRejectsIsNotUsed() throws Exception {
        assertLeftAsItWas("rejected", "no good copy: ", "checksum mismatch", "SECURITY ERROR");
    }

    /** Repairing {@code module} leaves it byte for byte, saying why in words that start with {@code prefix} and hold {@code words}. */
    private void assertLeftAsItWas(String module, String prefix, String... words) throws Exception {
        Map<String, String> before = snapshot(module);

        List<RepairOutcome> outcomes = repairer.repair(fixture.modcache(), List.of(version(module)), Repairer.Listener.NONE,
                CancellationToken.NONE);

        assertThat(outcomes.get(0).result()).isEqualTo(RepairOutcome.Result.LEFT);
        assertThat(outcomes.get(0).reason()).startsWith(prefix).contains(words);
        assertThat(snapshot(module)).isEqualTo(before);
    }

    @Test
    void aRepairStoppedAfterTheDeletionLeavesACacheGoFillsByItself() throws Exception {
        CancellationToken token = new CancellationToken();
        Repairer.Listener stopAtRefill = (v, step) -> {
            if (step == Repairer.Step.REFILLING) {
                token.cancel();
                token.throwIfCancelled();
            }
        };
        assertThatThrownBy(() -> repairer.repair(fixture.modcache(), List.of(version("stopped")), stopAtRefill, token))
                .isInstanceOf(CancellationException.class);
        assertThat(fixture.modcache().resolve("example.com/stopped@v1.0.0")).doesNotExist();

        fixture.goWith(dir.resolve("main/work"), viaDb, "mod", "download", "example.com/stopped@v1.0.0").assertSuccess();
        assertThat(verdict("stopped").status()).isEqualTo(VerificationStatus.VERIFIED);
    }

    @Test
    void theTemporaryCacheOfAKilledRepairIsRemovedByTheNextOne() throws Exception {
        Path beside = fixture.modcache().getParent();
        // what a repair killed mid-download leaves: a read-only tree go made, named for a process that is gone
        Path abandoned = Files.createDirectories(beside.resolve(".modcache-repair-2147483646-123/gomodcache/example.com/x@v1.0.0"));
        Files.writeString(abandoned.resolve("x.go"), "package x\n");
        abandoned.toFile().setWritable(false);
        Path alive = Files.createDirectories(beside.resolve(".modcache-repair-" + ProcessHandle.current().pid() + "-456"));

        repairer.repair(fixture.modcache(), List.of(version("gone")), Repairer.Listener.NONE, CancellationToken.NONE);

        assertThat(beside.resolve(".modcache-repair-2147483646-123")).doesNotExist();
        assertThat(alive).as("a running repair's").exists();
    }

    private ModuleVersion version(String module) throws IOException {
        CacheScan scan = new CacheScanner(workers.pool()).scan(fixture.modcache(), ScanListener.NONE, CancellationToken.NONE);
        return scan.modules().stream().flatMap(m -> m.versions().stream())
                .filter(v -> v.id().equals(new VersionId("example.com/" + module, "v1.0.0"))).findFirst().orElseThrow();
    }

    private Verdict verdict(String module) throws IOException {
        ModuleVersion v = version(module);
        return new VerificationService(workers.pool(), null, io.modcache.sumdb.ProvenanceChecker.offline(() -> config))
                .verify(fixture.modcache(), List.of(v), false, true, GoSumIndex.EMPTY, VerifyListener.NONE, CancellationToken.NONE)
                .verdicts().get(v.id());
    }

    /** Every file of the version (tree and download files) with its content. */
    private Map<String, String> snapshot(String module) throws IOException {
        Map<String, String> files = new TreeMap<>();
        for (Path base : List.of(fixture.modcache().resolve("example.com/" + module + "@v1.0.0"),
                fixture.modcache().resolve("cache/download/example.com/" + module + "/@v"))) {
            try (Stream<Path> walk = Files.walk(base)) {
                for (Path p : walk.filter(Files::isRegularFile).toList()) {
                    files.put(fixture.modcache().relativize(p).toString(), java.util.HexFormat.of().formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
                }
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
        return files;
    }
}
