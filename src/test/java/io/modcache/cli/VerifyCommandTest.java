package io.modcache.cli;

import io.modcache.testing.RequiresGo;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modcache.testing.GoProxyFixture;
import io.modcache.testing.GoTool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@RequiresGo
class VerifyCommandTest {

    @TempDir
    static Path dir;

    private static GoProxyFixture fixture;
    private static Path project;

    @BeforeAll
    static void cache() throws Exception {
        fixture = new GoProxyFixture(GoTool.require(), dir);
        fixture.publish("example.com/good", "v1.0.0", "good.go", "package good\n")
                .publish("example.com/good", "v1.1.0", "good.go", "package good // 1.1\n")
                .publish("example.com/Bad", "v0.3.0", "bad.go", "package bad\n");
        List<GoProxyFixture.Downloaded> d = GoProxyFixture.parseDownloads(
                fixture.download("example.com/good@v1.0.0", "example.com/good@v1.1.0", "example.com/Bad@v0.3.0"));
        project = fixture.project("p", d);
        Path bad = fixture.modcache().resolve("example.com/!bad@v0.3.0/bad.go");
        bad.getParent().toFile().setWritable(true, true);
        bad.toFile().setWritable(true, true);
        Files.writeString(bad, "package bad // tampered\n");
    }

    @AfterAll
    static void cleanUp() throws IOException {
        fixture.close();
    }

    @Test
    void humanOutputUsesGosWordsAndFails() {
        CliRunner.Run run = CliRunner.run(dir, "verify", "--cache", fixture.modcache().toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("example.com/Bad v0.3.0: dir has been modified ("
                + fixture.modcache().resolve("example.com/!bad@v0.3.0") + ")");
        assertThat(run.out()).contains("3 versions: 1 dir has been modified, 2 verified");
        assertThat(run.out()).doesNotContain("all modules verified");
    }

    @Test
    void patternsSelectVersionsAndCleanOnesPass() {
        CliRunner.Run run = CliRunner.run(dir, "verify", "--cache", fixture.modcache().toString(), "example.com/good@v1.0.0");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("all modules verified").contains("1 version: 1 verified");

        CliRunner.Run wildcard = CliRunner.run(dir, "verify", "--cache", fixture.modcache().toString(), "example.com/go...");
        assertThat(wildcard.exitCode()).isZero();
        assertThat(wildcard.out()).contains("2 versions: 2 verified");
    }

    @Test
    void unknownModuleIsBadUsage() {
        CliRunner.Run run = CliRunner.run(dir, "verify", "--cache", fixture.modcache().toString(), "example.com/nope");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("not in the cache: example.com/nope");
    }

    @Test
    void jsonCarriesVerdictsAndSummary() throws Exception {
        Path wrong = Files.writeString(dir.resolve("wrong.sum"),
                "example.com/good v1.1.0 h1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\nbroken line\n");

        CliRunner.Run run = CliRunner.run(dir, "verify", "--cache", fixture.modcache().toString(), "--json",
                "--project", project.toString(), "--gosum", wrong.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("warning: " + wrong + ":2: malformed go.sum line: wrong number of fields 2");
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("summary").toString()).isEqualTo("{\"DIR_MODIFIED\":1,\"GOSUM_MISMATCH\":1,\"VERIFIED\":1}");
        JsonNode good = json.get("modules").get(1);
        assertThat(good.get("path").asText()).isEqualTo("example.com/good");
        assertThat(good.get("versions").get(0).get("status").asText()).isEqualTo("GOSUM_MISMATCH");
        assertThat(good.get("versions").get(0).get("problems").get(0).asText()).startsWith("go.sum mismatch: " + wrong + ":1");
        assertThat(good.get("versions").get(1).get("status").asText()).isEqualTo("VERIFIED");
    }
}
