package io.modcache.cli;

import io.modcache.cache.CacheFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad arguments are bad usage (exit 2) with a one-line reason, before anything is read or deleted. */
class BadArgumentsTest {

    @TempDir
    Path dir;

    private Path root;

    @BeforeEach
    void cache() {
        root = new CacheFixture(dir.resolve("mc")).tree("example.com/a", "v1.0.0", "a.go", "package a\n")
                .downloaded("example.com/a", "v1.0.0").root();
    }

    @Test
    void anEmptyCacheIsBadUsageNotTheWorkingDirectory() {
        for (String command : new String[] {"scan", "verify", "clean"}) {
            CliRunner.Run run = command.equals("clean")
                    ? CliRunner.run(dir, command, "--cache", "", "--all")
                    : CliRunner.run(dir, command, "--cache", "");
            assertThat(run.exitCode()).as(command + ": " + run.out()).isEqualTo(2);
            assertThat(run.err()).as(command).contains("--cache").contains("empty path");
            assertThat(run.out()).as(command).isEmpty();
        }
    }

    @Test
    void aMissingProjectOrGoSumIsBadUsage() {
        CliRunner.Run project = CliRunner.run(dir, "verify", "--cache", root.toString(), "--project", dir.resolve("nope").toString());
        assertThat(project.exitCode()).isEqualTo(2);
        assertThat(project.err()).contains("--project " + dir.resolve("nope") + ": no such folder");

        CliRunner.Run cleanProject = CliRunner.run(dir, "clean", "--cache", root.toString(), "--project", dir.resolve("nope").toString(), "--all");
        assertThat(cleanProject.exitCode()).isEqualTo(2);

        CliRunner.Run gosum = CliRunner.run(dir, "verify", "--cache", root.toString(), "--gosum", dir.resolve("go.sum").toString());
        assertThat(gosum.exitCode()).isEqualTo(2);
        assertThat(gosum.err()).contains("--gosum " + dir.resolve("go.sum") + ": no such file");
        assertThat(gosum.out()).isEmpty();
    }

    @Test
    void aGoSumLineThatIsNotUtf8IsReportedAndTheOthersAreUsed() throws IOException {
        Path sum = dir.resolve("go.sum");
        byte[] bad = "example.com/\u00e9 v1.0.0 h1:x=\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] good = "example.com/a v1.0.0 h1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Files.write(sum, concat(bad, good));

        CliRunner.Run run = CliRunner.run(dir, "verify", "--cache", root.toString(), "--gosum", sum.toString());

        assertThat(run.err()).contains(sum + ":1: malformed go.sum line: not valid UTF-8").doesNotContain(":2:");
        assertThat(run.out()).as("the second line was used").contains("go.sum mismatch: " + sum + ":2 pins h1:AAAA");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
