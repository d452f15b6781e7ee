package io.modcache;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modcache.cache.CacheFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The packaged jar: a subcommand runs the CLI with no display and without starting JavaFX. */
class LauncherIT {

    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {
    }

    private Result runJar(String... args) throws Exception {
        Path jar = Path.of("target/modcache-explorer.jar").toAbsolutePath();
        assertThat(jar).exists();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new java.util.ArrayList<>(List.of(java, "-Dprism.verbose=true", "-jar", jar.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void scanRunsHeadlessFromTheJar() throws Exception {
        CacheFixture f = new CacheFixture(dir.resolve("mc")).tree("example.com/m", "v1.0.0", "a.go", "package a\n")
                .downloaded("example.com/m", "v1.0.0");

        Result r = runJar("scan", "--cache", f.root().toString(), "--json");

        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("totals").get("versions").asInt()).isEqualTo(1);
        // prism.verbose makes JavaFX's graphics pipeline announce itself; it must never start here.
        assertThat(r.err()).doesNotContain("Prism pipeline");
    }

    @Test
    void helpAndExitCodes() throws Exception {
        Result help = runJar("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("scan");

        assertThat(runJar("scan", "--cache", dir.resolve("missing").toString()).code()).isEqualTo(1);
        assertThat(runJar("scan", "--bogus").code()).isEqualTo(2);
    }
}
