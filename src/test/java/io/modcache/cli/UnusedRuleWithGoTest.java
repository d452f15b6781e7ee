package io.modcache.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modcache.testing.GoProxyFixture;
import io.modcache.testing.GoTool;
import io.modcache.testing.RequiresGo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A project whose go.sum {@code go mod tidy} wrote against the test proxy: the module it imports
 * (and that one's import) need their source, a module only its dependency's go.mod requires needs
 * only the graph, an older release nothing. {@code clean --unused} takes exactly what go can do
 * without, and the project still builds offline.
 */
@RequiresGo
class UnusedRuleWithGoTest {

    @TempDir
    Path dir;

    private GoProxyFixture go;
    private Path app;

    @BeforeEach
    void tidyProject() throws Exception {
        go = new GoProxyFixture(GoTool.require(), dir);
        go.publish("example.com/dep", "v1.0.0", "dep.go", "package dep\n\nconst N = 1\n");
        go.publish("example.com/extra", "v1.0.0", "extra.go", "package extra\n");
        go.publish("example.com/lib", "v0.9.0", "lib.go", "package lib\n");
        go.publish("example.com/lib", "v1.0.0",
                "go.mod", "module example.com/lib\n\ngo 1.16\n\nrequire (\n\texample.com/dep v1.0.0\n\texample.com/extra v1.0.0\n)\n",
                "lib.go", "package lib\n\nimport \"example.com/dep\"\n\nconst M = dep.N\n",
                "tools/tools.go", "package tools\n\nimport _ \"example.com/extra\"\n");
        // go 1.16 graphs are not pruned, so go.sum keeps a /go.mod line for a module only lib's go.mod requires
        app = Files.createDirectories(dir.resolve("projects/app"));
        Files.writeString(app.resolve("go.mod"), "module example.com/app\n\ngo 1.16\n\nrequire example.com/lib v1.0.0\n");
        Files.writeString(app.resolve("main.go"), "package main\n\nimport \"example.com/lib\"\n\nfunc main() { println(lib.M) }\n");
        go.goWith(app, Map.of(), "mod", "tidy").assertSuccess();
        go.download("example.com/lib@v0.9.0", "example.com/extra@v1.0.0", "example.com/dep@v1.0.0", "example.com/lib@v1.0.0");
    }

    @AfterEach
    void tearDown() throws Exception {
        go.close();
    }

    private Map<String, JsonNode> usedBy() throws Exception {
        CliRunner.Run scan = CliRunner.run(dir, "scan", "--cache", go.modcache().toString(), "--project", dir.resolve("projects").toString(), "--json");
        assertThat(scan.exitCode()).as(scan.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(scan.out());
        assertThat(json.has("lastAccessTracked")).isTrue();
        Map<String, JsonNode> out = new HashMap<>();
        json.get("modules").forEach(m -> m.get("versions").forEach(v -> out.put(m.get("path").asText() + "@" + v.get("version").asText(), v.get("usedBy"))));
        return out;
    }

    @Test
    void tidyGoSumSaysWhatEachVersionIsNeededFor() throws Exception {
        Map<String, JsonNode> usedBy = usedBy();
        assertThat(usedBy.get("example.com/lib@v1.0.0").toString()).isEqualTo("[{\"project\":\"" + app + "\",\"need\":\"source\"}]");
        assertThat(usedBy.get("example.com/dep@v1.0.0").get(0).get("need").asText()).isEqualTo("source");
        assertThat(usedBy.get("example.com/extra@v1.0.0").get(0).get("need").asText()).isEqualTo("graph");
        assertThat(usedBy.get("example.com/lib@v0.9.0")).isEmpty();
    }

    @Test
    void cleanUnusedTakesWhatGoCanDoWithoutAndTheProjectStillBuildsOffline() throws Exception {
        CliRunner.Run plan = CliRunner.run(dir, "clean", "--cache", go.modcache().toString(), "--project", dir.resolve("projects").toString(),
                "--unused", "--json");
        JsonNode entries = new ObjectMapper().readTree(plan.out()).get("entries");
        assertThat(entries).hasSize(2);
        assertThat(entries.toString()).contains("no project needs it", "its go.mod stays");

        CliRunner.Run clean = CliRunner.run(dir, "clean", "--cache", go.modcache().toString(), "--project", dir.resolve("projects").toString(),
                "--unused", "--yes");
        assertThat(clean.exitCode()).as(clean.out()).isZero();
        Path mc = go.modcache();
        assertThat(mc.resolve("example.com/lib@v0.9.0")).doesNotExist();
        assertThat(mc.resolve("cache/download/example.com/lib/@v/v0.9.0.mod")).doesNotExist();
        assertThat(mc.resolve("example.com/extra@v1.0.0")).doesNotExist();
        assertThat(mc.resolve("cache/download/example.com/extra/@v/v1.0.0.zip")).doesNotExist();
        assertThat(mc.resolve("cache/download/example.com/extra/@v/v1.0.0.mod")).as("the graph needs it").exists();
        assertThat(mc.resolve("example.com/lib@v1.0.0")).exists();
        assertThat(mc.resolve("example.com/dep@v1.0.0")).exists();

        go.goWith(app, Map.of("GOPROXY", "off", "GOFLAGS", "-mod=mod"), "build", "./...").assertSuccess();
        go.verify(app).assertSuccess();
    }

    @Test
    void unusedWithoutProjectsAndMalformedRulesAreBadUsage() {
        String cache = go.modcache().toString();
        assertThat(CliRunner.run(dir, "clean", "--cache", cache, "--unused").exitCode()).isEqualTo(2);
        CliRunner.Run age = CliRunner.run(dir, "clean", "--cache", cache, "--older-than", "ninety days");
        assertThat(age.exitCode()).isEqualTo(2);
        assertThat(age.err()).contains("not an age");
        assertThat(CliRunner.run(dir, "clean", "--cache", cache, "--budget", "lots").exitCode()).isEqualTo(2);
        assertThat(CliRunner.run(dir, "clean", "--cache", cache, "--keep-newest", "-1").exitCode()).isEqualTo(2);
        assertThat(CliRunner.run(dir, "clean", "--cache", cache, "--all", "--unused", "--project", app.toString()).exitCode()).isEqualTo(2);
    }
}
