package io.modcache.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modcache.cache.CacheFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HistoryCommandTest {

    @TempDir
    Path dir;

    @Test
    void everyScanAndDeletionIsRecordedOldestFirst() throws Exception {
        CacheFixture f = new CacheFixture(dir.resolve("modcache"))
                .wellFormed("example.com/a", "v1.0.0", "a.go", "package a\n")
                .wellFormed("example.com/a", "v1.1.0", "a.go", "package a // newer\n")
                .wellFormed("example.com/b", "v0.1.0", "b.go", "package b\n");
        String cache = f.root().toString();
        long before = f.regularFileBytes();

        assertThat(CliRunner.run(dir, "scan", "--cache", cache).exitCode()).isZero();
        assertThat(CliRunner.run(dir, "clean", "--cache", cache, "--yes", "example.com/b").exitCode()).isZero();
        CliRunner.Run run = CliRunner.run(dir, "history", "--cache", cache, "--json");

        assertThat(run.exitCode()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("cacheRoot").asText()).isEqualTo(f.root().toAbsolutePath().toString());
        List<String> fields = new ArrayList<>();
        json.get("scans").get(0).fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("scannedAt", "modules", "versions", "files", "bytes", "event");
        // scan; clean's own scan; its deletion
        assertThat(json.get("scans")).hasSize(3);
        JsonNode first = json.get("scans").get(0);
        JsonNode last = json.get("scans").get(2);
        assertThat(first.get("scannedAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(first.get("modules").asLong()).isEqualTo(2);
        assertThat(first.get("versions").asLong()).isEqualTo(3);
        assertThat(first.get("bytes").asLong()).isEqualTo(before);
        assertThat(last.get("event").asText()).isEqualTo("deletion");
        assertThat(last.get("modules").asLong()).isEqualTo(1);
        assertThat(last.get("versions").asLong()).isEqualTo(2);
        assertThat(last.get("bytes").asLong()).isEqualTo(f.regularFileBytes());
        assertThat(last.get("files").asLong()).isLessThan(first.get("files").asLong());
    }

    @Test
    void humanOutputShowsTheChangeBetweenRecords() {
        CacheFixture f = new CacheFixture(dir.resolve("modcache")).wellFormed("example.com/a", "v1.0.0", "a.go", "package a\n");
        String cache = f.root().toString();
        CliRunner.run(dir, "scan", "--cache", cache);
        f.wellFormed("example.com/a", "v1.1.0", "a.go", "package a // newer\n");
        CliRunner.run(dir, "scan", "--cache", cache);

        CliRunner.Run run = CliRunner.run(dir, "history", "--cache", cache);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("WHEN (UTC)").contains("+1 version, +");
    }

    @Test
    void countsHaveThousandsSeparatorsAsInTheWindow() {
        CacheFixture f = new CacheFixture(dir.resolve("modcache")).wellFormed("example.com/a", "v1.0.0", "a.go", "package a\n");
        for (int i = 0; i < 1200; i++) {
            f.file("example.com/a@v1.0.0/gen/f" + i + ".go", "package gen\n");
        }
        CliRunner.Run scan = CliRunner.run(dir, "scan", "--cache", f.root().toString());
        CliRunner.Run run = CliRunner.run(dir, "history", "--cache", f.root().toString());

        // 1,200 and the version's own files: a thousand and more, whatever the locale's separator
        java.util.regex.Matcher total = java.util.regex.Pattern.compile("(1\\D2\\d\\d) files").matcher(scan.out());
        assertThat(total.find()).as(scan.out()).isTrue();
        assertThat(run.out()).contains(" " + total.group(1) + " ");
    }

    @Test
    void aCacheNeverScannedHasNoHistoryYet() {
        CliRunner.Run run = CliRunner.run(dir, "history", "--cache", dir.resolve("nothing").toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("No history yet");
    }
}
