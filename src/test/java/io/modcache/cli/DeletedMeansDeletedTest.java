package io.modcache.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modcache.cache.CacheFixture;
import io.modcache.testing.Posix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A deleted version does not come back as a row, and one version that cannot go does not stop the others. */
class DeletedMeansDeletedTest {

    @TempDir
    Path dir;

    @Test
    void aDeletedVersionLeavesNoGhostRowBehind() throws Exception {
        Path root = new CacheFixture(dir.resolve("mc")).tree("example.com/a", "v1.0.0", "a.go", "package a\n")
                .downloaded("example.com/a", "v1.0.0").tree("example.com/a", "v1.1.0", "a.go", "package a\n")
                .downloaded("example.com/a", "v1.1.0").list("example.com/a", "v1.0.0\nv1.1.0\n").root();

        CliRunner.Run clean = CliRunner.run(dir, "clean", "--cache", root.toString(), "--yes", "example.com/a@v1.0.0");
        assertThat(clean.exitCode()).as(clean.out()).isZero();
        assertThat(root.resolve("cache/download/example.com/a/@v/v1.0.0.lock")).as("go's protocol keeps the lock").exists();

        JsonNode scan = new ObjectMapper().readTree(CliRunner.run(dir, "scan", "--cache", root.toString(), "--json").out());
        assertThat(scan.get("totals").get("versions").asLong()).isEqualTo(1);
        JsonNode versions = scan.get("modules").get(0).get("versions");
        assertThat(versions).hasSize(1);
        assertThat(versions.get(0).get("version").asText()).isEqualTo("v1.1.0");
        assertThat(scan.get("totals").get("bytes").asLong()).as("the kept lock still counts").isEqualTo(new CacheFixture(root).regularFileBytes());
    }

    @Test
    void aTreeDeeperThanPathMaxIsDeletedOrReportedAndTheRestGo() throws Exception {
        Posix.assumePosix();
        Path root = new CacheFixture(dir.resolve("mc")).tree("example.com/deep", "v1.0.0", "go.mod", "module example.com/deep\n")
                .downloaded("example.com/deep", "v1.0.0").tree("example.com/ok", "v1.0.0", "ok.go", "package ok\n")
                .downloaded("example.com/ok", "v1.0.0").root();
        // Deeper than PATH_MAX (4096 bytes): made one relative step at a time, as no absolute path reaches it.
        Posix.run("bash", "-c", "cd \"$1\" && for i in $(seq 40); do d=$(printf 'd%.0s' $(seq 200)); mkdir $d && cd $d; done && echo x > deep.go",
                "bash", root.resolve("example.com/deep@v1.0.0").toString());

        CliRunner.Run clean = CliRunner.run(dir, "clean", "--cache", root.toString(), "--yes", "example.com/deep", "example.com/ok");

        assertThat(clean.out() + clean.err()).doesNotContain("Exception");
        assertThat(root.resolve("example.com/ok@v1.0.0")).as("the version beside it is deleted").doesNotExist();
        boolean deepGone = !Files.exists(root.resolve("example.com/deep@v1.0.0"));
        assertThat(deepGone || clean.out().contains("example.com/deep@v1.0.0:"))
                .as("the deep version is deleted, or reported: " + clean.out()).isTrue();
    }
}
