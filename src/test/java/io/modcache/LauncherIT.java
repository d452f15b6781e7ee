package io.modcache;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modcache.cache.CacheFixture;
import io.modcache.testing.GoProxyFixture;
import io.modcache.testing.GoTool;
import io.modcache.testing.RequiresGo;
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
        return runJar(java.util.Map.of(), args);
    }

    private Result runJar(java.util.Map<String, String> env, String... args) throws Exception {
        return runJar(List.of(), env, args);
    }

    private Result runJar(List<String> jvmOptions, java.util.Map<String, String> env, String... args) throws Exception {
        Path jar = Path.of("target/modcache-explorer.jar").toAbsolutePath();
        assertThat(jar).exists();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new java.util.ArrayList<>(List.of(java, "-Dprism.verbose=true"));
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-jar", jar.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        pb.environment().putAll(env);
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

    /**
     * A short command started on a plain {@code java -jar} runs its work in a JVM with C1 only (the
     * JVM that did the scan printed its flags with TieredStopAtLevel 1 from its command line), and
     * the status is the work's; the marker turns that off.
     */
    @Test
    void aShortCommandRunsWithC1Only() throws Exception {
        CacheFixture f = new CacheFixture(dir.resolve("mc")).tree("example.com/m", "v1.0.0", "a.go", "package a\n");
        java.util.Map<String, String> env = java.util.Map.of("XDG_DATA_HOME", dir.resolve("data").toString());
        String c1 = "(?s).*TieredStopAtLevel\\s+= 1\\s+\\{[^}]*\\} \\{command line\\}.*";

        Result relaunched = runJar(List.of("-XX:+PrintFlagsFinal"), env, "history", "--cache", f.root().toString());
        Result kept = runJar(List.of("-XX:+PrintFlagsFinal"), java.util.Map.of("MODCACHE_EXPLORER_NO_JIT_RELAUNCH", "1",
                "XDG_DATA_HOME", dir.resolve("data").toString()), "history", "--cache", f.root().toString());
        Result failed = runJar(List.of(), env, "scan", "--cache", dir.resolve("missing").toString());

        assertThat(relaunched.code()).as(relaunched.err()).isZero();
        assertThat(relaunched.out()).matches(c1).contains("No history yet");
        assertThat(kept.out()).doesNotMatch(c1).contains("No history yet");
        assertThat(failed.code()).isNotZero();
        assertThat(failed.err()).contains("missing");
    }

    /** The verification index must mean the same thing to the next process (no per-JVM ordering in it). */
    @Test
    @RequiresGo
    void verifyIndexIsReusedByTheNextProcess() throws Exception {
        try (GoProxyFixture go = new GoProxyFixture(GoTool.require(), dir.resolve("go"))) {
            go.publish("example.com/a", "v1.0.0", "a.go", "package a\n").publish("example.com/b", "v0.1.0", "b.go", "package b\n");
            go.download("example.com/a@v1.0.0", "example.com/b@v0.1.0");
            java.util.Map<String, String> env = java.util.Map.of("XDG_CACHE_HOME", dir.resolve("xdg-cache").toString());

            Result first = runJar(env, "verify", "--cache", go.modcache().toString());
            Result second = runJar(env, "verify", "--cache", go.modcache().toString());

            assertThat(first.code()).as(first.err()).isZero();
            assertThat(first.out()).contains("(2 read, 0 unchanged since last verified)");
            assertThat(second.out()).contains("(0 read, 2 unchanged since last verified)");
            assertThat(dir.resolve("xdg-cache/modcache-explorer")).isDirectoryContaining("glob:**/verify-*.json");
        }
    }

    /**
     * Under LC_ALL=C the JVM cannot name "café.go". The launcher relaunches itself with a UTF-8
     * locale; kept from doing so, it flags that one version and judges and cleans every other.
     */
    @Test
    @RequiresGo
    void aPosixLocaleNeitherAbortsNorMisjudges() throws Exception {
        try (GoProxyFixture go = new GoProxyFixture(GoTool.require(), dir.resolve("go"))) {
            go.publish("example.com/intl", "v1.0.0", "caf\u00e9.go", "package intl\n").publish("example.com/plain", "v1.0.0", "p.go", "package p\n");
            go.download("example.com/intl@v1.0.0", "example.com/plain@v1.0.0");
            String cache = go.modcache().toString();
            java.util.Map<String, String> posix = new java.util.HashMap<>(java.util.Map.of("LC_ALL", "C", "XDG_CACHE_HOME", dir.resolve("x").toString()));

            Result relaunched = runJar(posix, "verify", "--cache", cache, "--json");
            assertThat(relaunched.code()).as(relaunched.err()).isZero();
            assertThat(new ObjectMapper().readTree(relaunched.out()).get("summary").toString()).isEqualTo("{\"VERIFIED\":2}");

            posix.put("MODCACHE_EXPLORER_NO_RELAUNCH", "1");
            Result kept = runJar(posix, "verify", "--cache", cache, "--json");
            assertThat(kept.code()).isEqualTo(1);
            JsonNode report = new ObjectMapper().readTree(kept.out());
            assertThat(report.get("summary").toString()).isEqualTo("{\"ERROR\":1,\"VERIFIED\":1}");
            assertThat(report.get("modules").get(0).get("versions").get(0).get("problems").get(0).asText())
                    .contains("cannot represent", "UTF-8 locale");

            Result clean = runJar(posix, "clean", "--cache", cache, "--all", "--yes");
            assertThat(clean.err()).doesNotContain("Malformed input");
            try (var left = Files.list(go.modcache())) {
                assertThat(left.toList()).as(clean.out()).isEmpty();
            }
        }
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
