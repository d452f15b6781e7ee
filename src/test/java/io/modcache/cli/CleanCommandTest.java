package io.modcache.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modcache.cache.CacheFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CleanCommandTest {

    @TempDir
    Path dir;

    private Path root;

    @BeforeEach
    void cache() {
        root = new CacheFixture(dir.resolve("mc"))
                .tree("example.com/a", "v1.0.0", "a.go", "package a\n").downloaded("example.com/a", "v1.0.0")
                .tree("example.com/a", "v1.1.0", "a.go", "package a\n").downloaded("example.com/a", "v1.1.0")
                .list("example.com/a", "v1.0.0\nv1.1.0\n")
                .tree("example.com/b", "v0.1.0", "b.go", "package b\n").downloaded("example.com/b", "v0.1.0")
                .file("cache/vcs/abc/HEAD", "x").file("cache/vcs/abc.lock", "")
                .root();
    }

    @Test
    void withoutYesItOnlyShowsThePlan() {
        CliRunner.Run run = CliRunner.run(dir, "clean", "--cache", root.toString(), "example.com/a@v1.0.0");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Would delete from " + root + " (scope everything)")
                .contains("example.com/a@v1.0.0  [info mod tree zip ziphash]")
                .contains("Nothing was deleted. Run again with --yes to delete.");
        assertThat(root.resolve("example.com/a@v1.0.0")).exists();
    }

    @Test
    void jsonPlanFollowsTheContract() throws Exception {
        CliRunner.Run run = CliRunner.run(dir, "clean", "--cache", root.toString(), "--json", "--scope", "extracted", "example.com/a");

        assertThat(run.exitCode()).isZero();
        JsonNode plan = new ObjectMapper().readTree(run.out());
        assertThat(plan.get("scope").asText()).isEqualTo("extracted");
        assertThat(plan.get("entries")).hasSize(2);
        JsonNode first = plan.get("entries").get(0);
        assertThat(first.get("path").asText()).isEqualTo("example.com/a");
        assertThat(first.get("paths")).hasSize(1);
        assertThat(first.get("paths").get(0).asText()).endsWith("example.com/a@" + first.get("version").asText());
        assertThat(plan.get("totalFiles").asLong()).isEqualTo(2);
        assertThat(plan.get("totalBytes").asLong()).isEqualTo(2 * "package a\n".length());
        assertThat(plan.get("warnings")).isEmpty();
    }

    @Test
    void yesDeletesAndReportsWhatWasFreed() throws Exception {
        CliRunner.Run run = CliRunner.run(dir, "clean", "--cache", root.toString(), "--yes", "--json", "example.com/a@v1.0.0");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode result = new ObjectMapper().readTree(run.out());
        assertThat(result.get("deleted")).hasSize(1);
        assertThat(result.get("deleted").get(0).get("version").asText()).isEqualTo("v1.0.0");
        assertThat(result.get("failed")).isEmpty();
        assertThat(result.get("freedBytes").asLong()).isPositive();
        assertThat(root.resolve("example.com/a@v1.0.0")).doesNotExist();
        assertThat(root.resolve("example.com/a@v1.1.0")).exists();
        assertThat(root.resolve("cache/download/example.com/a/@v/list")).hasContent("v1.1.0");
    }

    @Test
    void allIsTheWholeCacheWithAWarningAndLeavesNothing() throws Exception {
        CliRunner.Run plan = CliRunner.run(dir, "clean", "--cache", root.toString(), "--all", "--json");
        JsonNode json = new ObjectMapper().readTree(plan.out());
        assertThat(json.get("entries")).hasSize(4);
        assertThat(json.get("warnings").get(0).asText()).contains("like go clean -modcache");

        CliRunner.Run run = CliRunner.run(dir, "clean", "--cache", root.toString(), "--all", "--yes");
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(root).as("ends as go clean -modcache ends, locks and lists gone too").isEmptyDirectory();
    }

    @Test
    void badUsageAndUnknownVersionsAreExitTwo() {
        CliRunner.Run unknown = CliRunner.run(dir, "clean", "--cache", root.toString(), "example.com/a@v9.9.9");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("not in the cache: example.com/a@v9.9.9");
        assertThat(CliRunner.run(dir, "clean", "--cache", root.toString()).exitCode()).isEqualTo(2);
        assertThat(CliRunner.run(dir, "clean", "--cache", root.toString(), "--all", "example.com/a").exitCode()).isEqualTo(2);
        assertThat(CliRunner.run(dir, "clean", "--cache", root.toString(), "--scope", "some", "example.com/a").exitCode()).isEqualTo(2);
    }
}
