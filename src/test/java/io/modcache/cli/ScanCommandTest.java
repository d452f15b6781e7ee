package io.modcache.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modcache.cache.CacheFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ScanCommandTest {

    @TempDir
    Path dir;

    private CacheFixture fixture() {
        return new CacheFixture(dir.resolve("modcache"))
                .tree("github.com/BurntSushi/toml", "v1.2.0", "toml.go", "package toml\n" + "//".repeat(500))
                .downloaded("github.com/BurntSushi/toml", "v1.2.0")
                .list("github.com/BurntSushi/toml", "v1.2.0\n")
                .tree("example.com/small", "v0.1.0", "a.go", "package a\n")
                .download("example.com/small", "v0.2.0", "mod", "module example.com/small\n")
                .file("cache/vcs/abc123/HEAD", "ref\n");
    }

    @Test
    void jsonFollowsTheContract() throws Exception {
        CacheFixture f = fixture();

        CliRunner.Run run = CliRunner.run(dir, "scan", "--cache", f.root().toString(), "--json");

        assertThat(run.exitCode()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("cacheRoot").asText()).isEqualTo(f.root().toAbsolutePath().toString());
        assertThat(json.get("scannedAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        JsonNode totals = json.get("totals");
        assertThat(totals.get("modules").asLong()).isEqualTo(2);
        assertThat(totals.get("versions").asLong()).isEqualTo(3);
        assertThat(totals.get("bytes").asLong()).isEqualTo(f.regularFileBytes());
        List<String> paths = new ArrayList<>();
        json.get("modules").forEach(m -> paths.add(m.get("path").asText()));
        assertThat(paths).containsExactly("example.com/small", "github.com/BurntSushi/toml");

        JsonNode small = json.get("modules").get(0);
        assertThat(small.get("versions")).hasSize(2);
        assertThat(small.get("versions").get(0).get("version").asText()).isEqualTo("v0.2.0");
        JsonNode toml = json.get("modules").get(1).get("versions").get(0);
        assertThat(fieldNames(toml)).containsExactly("version", "bytes", "files", "extracted", "zip",
                "lastAccess", "downloaded", "status", "problems");
        assertThat(toml.get("extracted").asBoolean()).isTrue();
        assertThat(toml.get("zip").asBoolean()).isTrue();
        assertThat(toml.get("status").asText()).isEqualTo("UNVERIFIED");
        assertThat(toml.get("problems")).isEmpty();
        assertThat(toml.get("lastAccess").asText()).endsWith("Z");
        JsonNode modOnly = small.get("versions").get(0);
        assertThat(modOnly.get("extracted").asBoolean()).isFalse();
        assertThat(modOnly.get("downloaded").isNull()).isTrue();

        JsonNode other = json.get("other").get(0);
        assertThat(other.get("kind").asText()).isEqualTo("vcs");
        assertThat(other.get("path").asText()).isEqualTo("cache/vcs/abc123");
        assertThat(other.get("files").asLong()).isEqualTo(1);
    }

    @Test
    void humanOutputListsModulesLargestFirstThenTotals() {
        CacheFixture f = fixture().file("cache/download/example.com/small/@v/v0.1.0.partial", "");

        CliRunner.Run run = CliRunner.run(dir, "scan", "--cache", f.root().toString());

        assertThat(run.exitCode()).isZero();
        String out = run.out();
        assertThat(out).startsWith("Module cache: " + f.root().toAbsolutePath() + " (from your choice)");
        assertThat(out.indexOf("github.com/BurntSushi/toml")).isLessThan(out.indexOf("example.com/small"));
        assertThat(out).contains("Total: 2 modules, 3 versions, 11 files");
        assertThat(out).contains("vcs  cache/vcs/abc123");
        assertThat(out).contains("\n1 version has problems:\n  example.com/small@v0.1.0: ");
    }

    @Test
    void missingCacheIsExitOneWithOneLineReason() {
        CliRunner.Run run = CliRunner.run(dir, "scan", "--cache", dir.resolve("nope").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("modcache-explorer: no module cache at " + dir.resolve("nope") + " (from your choice)");
        assertThat(run.err().strip().lines()).hasSize(1);
    }

    @Test
    void fileInsteadOfDirectoryIsExitOne() throws Exception {
        Path file = Files.writeString(dir.resolve("file"), "x");

        assertThat(CliRunner.run(dir, "scan", "--cache", file.toString()).exitCode()).isEqualTo(1);
    }

    @Test
    void defaultLocationIsUsedWithoutOption() {
        CliRunner.Run run = CliRunner.run(dir, "scan");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(dir.resolve("go/pkg/mod") + " (from default ~/go/pkg/mod)");
    }

    @Test
    void badUsageIsExitTwo() {
        assertThat(CliRunner.run(dir, "scan", "--no-such-option").exitCode()).isEqualTo(2);
        assertThat(CliRunner.run(dir, "frobnicate").exitCode()).isEqualTo(2);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
