package io.modcache.sumdb;

import io.modcache.cache.CacheScan;
import io.modcache.cache.CacheScanner;
import io.modcache.cache.ModuleVersion;
import io.modcache.cache.ScanListener;
import io.modcache.cache.VerificationStatus;
import io.modcache.cache.VersionId;
import io.modcache.concurrent.CancellationToken;
import io.modcache.concurrent.WorkerPool;
import io.modcache.projects.GoSumIndex;
import io.modcache.system.PrivatePatterns;
import io.modcache.testing.GoProxyFixture;
import io.modcache.testing.GoTool;
import io.modcache.testing.RequiresGo;
import io.modcache.testing.SumdbServerFixture;
import io.modcache.verify.Verdict;
import io.modcache.verify.VerificationService;
import io.modcache.verify.VerifyListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The offline check on a cache the real go filled while consulting a real checksum database (x/mod's
 * own server on 127.0.0.1): what go confirmed is confirmed, a consistently polluted copy is a
 * mismatch although go mod verify is content, a version go fetched with GOSUMDB=off is unknown,
 * GONOSUMDB keeps a module private, and a forged tree head is an error, never a confirmation.
 */
@RequiresGo
class OfflineProvenanceTest {

    @TempDir
    static Path dir;

    private static GoProxyFixture fixture;
    private static SumdbServerFixture sumdb;
    private static WorkerPool workers;
    private static Map<VersionId, Verdict> verdicts;
    private static Path gopath;

    @BeforeAll
    static void fillTheCacheThroughTheDatabase() throws Exception {
        GoTool go = GoTool.require();
        fixture = new GoProxyFixture(go, dir.resolve("main"));
        for (String m : List.of("good", "polluted", "forged", "nosum", "lied", "private/inner")) {
            fixture.publish("example.com/" + m, "v1.0.0", "x.go", "package x\n\nconst Name = \"" + m + "\"\n");
        }
        // the database lies about lied@v1.0.0, which go fetches with GOSUMDB=off: only the online check sees it
        sumdb = SumdbServerFixture.start(go, dir, fixture.proxy(),
                Map.of("example.com/lied@v1.0.0", "h1:" + java.util.Base64.getEncoder().encodeToString(new byte[32])));
        gopath = dir.resolve("main/gopath");
        Map<String, String> viaDb = Map.of("GOSUMDB", sumdb.gosumdb(), "GONOSUMDB", "example.com/private", "GOPRIVATE", "");
        fixture.goWith(dir.resolve("main/work"), viaDb, "mod", "download", "example.com/good@v1.0.0", "example.com/polluted@v1.0.0",
                "example.com/forged@v1.0.0", "example.com/private/inner@v1.0.0").assertSuccess();
        fixture.goWith(dir.resolve("main/work"), Map.of("GOSUMDB", "off"), "mod", "download", "example.com/nosum@v1.0.0",
                "example.com/lied@v1.0.0")
                .assertSuccess();

        // Pollution go mod verify cannot see: other bits for polluted@v1.0.0, with their own matching .ziphash.
        try (GoProxyFixture other = new GoProxyFixture(go, dir.resolve("other"))) {
            other.publish("example.com/polluted", "v1.0.0", "x.go", "package x\n\nconst Name = \"evil\"\n");
            other.download("example.com/polluted@v1.0.0");
            replace(other.modcache(), fixture.modcache(), "example.com/polluted@v1.0.0");
            replace(other.modcache(), fixture.modcache(), "cache/download/example.com/polluted/@v/v1.0.0.zip");
            replace(other.modcache(), fixture.modcache(), "cache/download/example.com/polluted/@v/v1.0.0.ziphash");
        }
        // A tree head whose text was changed after it was signed.
        Path forged = fixture.modcache().resolve("cache/download/sumdb/" + sumdb.name() + "/lookup/example.com/forged@v1.0.0");
        forged.toFile().setWritable(true);
        String record = Files.readString(forged, StandardCharsets.UTF_8);
        Files.writeString(forged, record.replaceFirst("go.sum database tree\n(\\d+)\n", "go.sum database tree\n9$1\n"));

        workers = new WorkerPool(2);
        CacheScan scan = new CacheScanner(workers.pool()).scan(fixture.modcache(), ScanListener.NONE, CancellationToken.NONE);
        List<ModuleVersion> versions = scan.modules().stream().flatMap(m -> m.versions().stream()).toList();
        SumdbConfig config = SumdbConfig.parse(sumdb.gosumdb(), new PrivatePatterns("", "", "example.com/private"), gopath);
        verdicts = new VerificationService(workers.pool(), null, io.modcache.sumdb.ProvenanceChecker.offline(() -> config))
                .verify(fixture.modcache(), versions, true, true, GoSumIndex.EMPTY, VerifyListener.NONE, CancellationToken.NONE)
                .verdicts();
    }

    @AfterAll
    static void stop() throws IOException {
        workers.close();
        sumdb.close();
        fixture.close();
    }

    private static Verdict verdict(String module) {
        return verdicts.get(new VersionId("example.com/" + module, "v1.0.0"));
    }

    @Test
    void whatGoConfirmedIsConfirmedInTheSignedTree() {
        Provenance p = verdict("good").provenance();
        assertThat(p.state()).isEqualTo(Provenance.State.CONFIRMED);
        assertThat(p.treeSize()).isPositive();
        assertThat(p.record()).anyMatch(l -> l.startsWith("example.com/good v1.0.0 h1:"))
                .anyMatch(l -> l.startsWith("example.com/good v1.0.0/go.mod h1:"));
        assertThat(verdict("good").status()).isEqualTo(VerificationStatus.VERIFIED);
    }

    @Test
    void aConsistentlyPollutedCopyIsAMismatchThatGoModVerifyMisses() throws Exception {
        Verdict v = verdict("polluted");
        assertThat(v.provenance().state()).isEqualTo(Provenance.State.MISMATCH);
        assertThat(v.status()).isEqualTo(VerificationStatus.SUMDB_MISMATCH);
        assertThat(v.problemTexts().get(0))
                .startsWith("verifying module: checksum mismatch\n\tdownloaded: h1:")
                .contains("\n\t" + sumdb.name() + ": h1:")
                .contains("SECURITY ERROR\nThis download does NOT match the one reported by the checksum server.");
        // the bits agree with their .ziphash: the ordinary check finds nothing
        assertThat(v.check().problems()).isEmpty();
        Path project = fixture.project("p", List.of(new GoProxyFixture.Downloaded("example.com/polluted", "v1.0.0",
                v.check().ziphash(), v.check().modHash())));
        assertThat(fixture.verify(project).exitCode()).as("go mod verify is content").isZero();
    }

    @Test
    void whatIsKnownAfterARestartCarriesTheDatabasesAnswer() throws Exception {
        Path index = dir.resolve("index");
        Files.createDirectories(index);
        SumdbConfig config = SumdbConfig.parse(sumdb.gosumdb(), new PrivatePatterns("", "", "example.com/private"), gopath);
        CacheScan scan = new CacheScanner(workers.pool()).scan(fixture.modcache(), ScanListener.NONE, CancellationToken.NONE);
        List<ModuleVersion> versions = scan.modules().stream().flatMap(m -> m.versions().stream()).toList();
        new VerificationService(workers.pool(), index, ProvenanceChecker.offline(() -> config))
                .verify(fixture.modcache(), versions, true, true, GoSumIndex.EMPTY, VerifyListener.NONE, CancellationToken.NONE);

        // the next start: a new scan (verifying gave read files their access times back, which changed their
        // inode change times), a new service reading the index, showing what it knows as soon as the scan ends
        List<ModuleVersion> rescanned = new CacheScanner(workers.pool()).scan(fixture.modcache(), ScanListener.NONE, CancellationToken.NONE)
                .modules().stream().flatMap(m -> m.versions().stream()).toList();
        Map<VersionId, Verdict> known = new VerificationService(workers.pool(), index, ProvenanceChecker.offline(() -> config))
                .known(fixture.modcache(), rescanned, GoSumIndex.EMPTY);

        assertThat(known.get(new VersionId("example.com/good", "v1.0.0")).provenance().state()).isEqualTo(Provenance.State.CONFIRMED);
        assertThat(known.get(new VersionId("example.com/polluted", "v1.0.0")).status()).isEqualTo(VerificationStatus.SUMDB_MISMATCH);
        assertThat(known.get(new VersionId("example.com/nosum", "v1.0.0")).provenance().state()).isEqualTo(Provenance.State.UNKNOWN);
        assertThat(known.get(new VersionId("example.com/private/inner", "v1.0.0")).provenance().state()).isEqualTo(Provenance.State.PRIVATE);
    }

    @Test
    void aVersionGoFetchedWithTheDatabaseOffIsUnknownOffline() {
        Provenance p = verdict("nosum").provenance();
        assertThat(p.state()).isEqualTo(Provenance.State.UNKNOWN);
        assertThat(p.detail()).contains("no record");
        assertThat(verdict("nosum").status()).isEqualTo(VerificationStatus.VERIFIED);
    }

    @Test
    void gonosumdbKeepsAModulePrivate() throws IOException {
        Provenance p = verdict("private/inner").provenance();
        assertThat(p.state()).isEqualTo(Provenance.State.PRIVATE);
        assertThat(p.detail()).contains("GONOSUMDB=example.com/private");
        assertThat(sumdb.requests()).noneMatch(r -> r.contains("private"));
    }

    @Test
    void aForgedTreeHeadIsAnErrorNeverAConfirmation() {
        Provenance p = verdict("forged").provenance();
        assertThat(p.state()).isEqualTo(Provenance.State.ERROR);
        assertThat(p.detail()).contains("no valid signature by " + sumdb.name());
    }

    @Test
    void verifyJsonSaysWhatTheDatabaseSaysAndRepairPlansTheMismatch() throws Exception {
        String[] verify = cli("verify", "--json", "--cache", fixture.modcache().toString());
        assertThat(verify[0]).as("a mismatch fails verify").isEqualTo("1");
        com.fasterxml.jackson.databind.JsonNode report = new com.fasterxml.jackson.databind.ObjectMapper().readTree(verify[1]);
        Map<String, String> byModule = new java.util.TreeMap<>();
        report.path("modules").forEach(m -> byModule.put(m.path("path").asText(), m.path("versions").get(0).path("sumdb").asText()));
        assertThat(byModule).containsEntry("example.com/good", "confirmed").containsEntry("example.com/polluted", "mismatch")
                .containsEntry("example.com/nosum", "unknown").containsEntry("example.com/private/inner", "private")
                .containsEntry("example.com/forged", "error").containsEntry("example.com/lied", "unknown");
        assertThat(report.path("sumdbSummary").path("mismatch").asLong()).isEqualTo(1);
        assertThat(report.path("sumdbSummary").path("confirmed").asLong()).isEqualTo(1);
        assertThat(report.path("summary").path("SUMDB_MISMATCH").asLong()).isEqualTo(1);

        String[] scan = cli("scan", "--sumdb", "--json", "--cache", fixture.modcache().toString());
        com.fasterxml.jackson.databind.JsonNode scanned = new com.fasterxml.jackson.databind.ObjectMapper().readTree(scan[1]);
        assertThat(scanned.path("sumdbSummary").path("mismatch").asLong()).isEqualTo(1);
        assertThat(scanned.path("sumdbSummary").path("confirmed").asLong()).isEqualTo(1);
        assertThat(cli("scan", "--json", "--cache", fixture.modcache().toString())[1]).doesNotContain("\"sumdb\" : \"", "sumdbSummary");

        String[] plan = cli("repair", "--cache", fixture.modcache().toString());
        assertThat(plan[0]).isEqualTo("0");
        assertThat(plan[1]).contains("Would repair 1 version:").contains("example.com/polluted@v1.0.0  (checksum database mismatch)")
                .contains("go mod download -json example.com/polluted@v1.0.0").contains("Nothing was changed.");
    }

    @Test
    void onlineTheDatabaseAnswersForWhatGoDidNotCacheButNeverForPrivateModules() throws Exception {
        int before = sumdb.requests().size();
        String[] verify = cli("verify", "--json", "--sumdb", "online", "--cache", fixture.modcache().toString());
        com.fasterxml.jackson.databind.JsonNode report = new com.fasterxml.jackson.databind.ObjectMapper().readTree(verify[1]);
        Map<String, String> byModule = new java.util.TreeMap<>();
        report.path("modules").forEach(m -> byModule.put(m.path("path").asText(), m.path("versions").get(0).path("sumdb").asText()));

        assertThat(byModule).containsEntry("example.com/nosum", "confirmed").containsEntry("example.com/lied", "mismatch")
                .containsEntry("example.com/good", "confirmed").containsEntry("example.com/private/inner", "private");
        List<String> asked = sumdb.requests().subList(before, sumdb.requests().size());
        assertThat(asked).contains("/lookup/example.com/nosum@v1.0.0", "/lookup/example.com/lied@v1.0.0")
                .noneMatch(r -> r.contains("private")).noneMatch(r -> r.contains("good"));
    }

    @Test
    void onlineWithTheDatabaseUnreachableTheReasonIsSaidOnce() throws Exception {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort(); // closed again: nothing answers there
        }
        String[] verify = cliWith(sumdb.verifierKey() + " http://127.0.0.1:" + port, "verify", "--sumdb", "online", "--cache",
                fixture.modcache().toString());

        List<String> reasons = verify[1].lines().filter(l -> l.startsWith("  cannot ask ")).toList();
        assertThat(reasons).containsExactly("  cannot ask " + sumdb.name() + ": cannot reach 127.0.0.1:" + port + ": connection refused");
        assertThat(verify[1]).containsPattern("checksum database: .*\\d+ unknown");
    }

    @Test
    void answersAreKeptInTheIndexWhileTheFilesAndTheRecordAreUnchanged() throws Exception {
        Path copy = dir.resolve("copy-" + System.nanoTime());
        copyTree(fixture.modcache(), copy);
        Path index = Files.createDirectories(dir.resolve("index-" + System.nanoTime()));
        SumdbConfig config = SumdbConfig.parse(sumdb.gosumdb(), new PrivatePatterns("", "", "example.com/private"), gopath);
        VersionId good = new VersionId("example.com/good", "v1.0.0");
        assertThat(verifyIn(copy, index, config).get(good).provenance().state()).isEqualTo(Provenance.State.CONFIRMED);

        // without the tiles nothing could be proven again: the index still knows
        Path tiles = copy.resolve("cache/download/sumdb/" + sumdb.name() + "/tile");
        makeWritable(tiles.getParent());
        deleteTree(tiles);
        assertThat(verifyIn(copy, index, config).get(good).provenance().state()).isEqualTo(Provenance.State.CONFIRMED);

        // a record that changed is looked at again
        Path record = copy.resolve("cache/download/sumdb/" + sumdb.name() + "/lookup/example.com/good@v1.0.0");
        record.toFile().setWritable(true);
        Files.writeString(record, Files.readString(record) + "");
        Files.setLastModifiedTime(record, java.nio.file.attribute.FileTime.fromMillis(0));
        Provenance again = verifyIn(copy, index, config).get(good).provenance();
        assertThat(again.state()).isEqualTo(Provenance.State.UNKNOWN);
        assertThat(again.detail()).contains("not the tiles");
    }

    private static Map<VersionId, Verdict> verifyIn(Path root, Path index, SumdbConfig config) throws IOException {
        CacheScan scan = new CacheScanner(workers.pool()).scan(root, ScanListener.NONE, CancellationToken.NONE);
        List<ModuleVersion> versions = scan.modules().stream().flatMap(m -> m.versions().stream()).toList();
        return new VerificationService(workers.pool(), index, ProvenanceChecker.offline(() -> config))
                .verify(root, versions, true, true, GoSumIndex.EMPTY, VerifyListener.NONE, CancellationToken.NONE).verdicts();
    }

    /** The command line in this process, with go's configuration pointing at the test database: {exit code, out, err}. */
    private static String[] cli(String... args) {
        return cliWith(sumdb.gosumdb(), args);
    }

    private static String[] cliWith(String gosumdb, String... args) {
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        io.modcache.system.GoEnv goEnv = io.modcache.system.GoEnv.of(Map.of("GOSUMDB", gosumdb,
                "GONOSUMDB", "example.com/private", "GOPATH", gopath.toString()));
        try (WorkerPool pool = new WorkerPool(2)) {
            Path home = dir.resolve("clihome");
            int code = io.modcache.cli.ModcacheCommand.execute(args, new java.io.PrintWriter(out), new java.io.PrintWriter(err),
                    new io.modcache.cli.CliContext(new io.modcache.cache.CacheLocator(Map.of(), io.modcache.system.OperatingSystem.LINUX,
                            home, () -> goEnv), pool, new io.modcache.system.AppDirs(home.resolve("config"), home.resolve("index"),
                            home.resolve("data")), () -> goEnv));
            return new String[] {String.valueOf(code), out.toString(), err.toString()};
        }
    }

    private static void replace(Path from, Path to, String relative) throws IOException {
        Path source = from.resolve(relative);
        Path target = to.resolve(relative);
        makeWritable(target.getParent());
        if (Files.isDirectory(source)) {
            makeWritable(target);
            deleteTree(target);
            copyTree(source, target);
        } else {
            target.toFile().setWritable(true);
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void makeWritable(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        Files.walkFileTree(p, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                d.toFile().setWritable(true, true);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void deleteTree(Path p) throws IOException {
        try (var walk = Files.walk(p)) {
            for (Path each : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(each);
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var walk = Files.walk(from)) {
            for (Path each : walk.toList()) {
                Path target = to.resolve(from.relativize(each).toString());
                if (Files.isDirectory(each)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(each, target);
                }
            }
        }
    }
}
