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
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Zips go would not have written, on a cache the real go filled: a duplicated entry (go mod
 * verify: zip has been modified), and entries go's extraction refuses (outside the module folder,
 * with {@code ..}) even when the ziphash was rewritten to match, so that go mod verify passes.
 */
@RequiresGo
class ZipVerdictsTest {

    @TempDir
    static Path dir;

    private static GoProxyFixture fixture;
    private static Path project;

    @BeforeAll
    static void fill() throws Exception {
        fixture = new GoProxyFixture(GoTool.require(), dir);
        List<String> ids = new ArrayList<>();
        for (String m : List.of("dup", "dotdot", "outside", "clean")) {
            fixture.publish("example.com/" + m, "v1.0.0", m + ".go", "package " + m + "\n", "doc.txt", "about " + m + "\n");
            ids.add("example.com/" + m + "@v1.0.0");
        }
        project = fixture.project("p", GoProxyFixture.parseDownloads(fixture.download(ids.toArray(String[]::new))));

        Path atV = fixture.modcache().resolve("cache/download/example.com");
        rewriteZip(atV.resolve("dup/@v/v1.0.0.zip"), entries -> entries.add(Map.entry("example.com/dup@v1.0.0/dup.go", "package dup\n")), false);
        removeTree("dotdot");
        rewriteZip(atV.resolve("dotdot/@v/v1.0.0.zip"),
                entries -> entries.add(Map.entry("example.com/dotdot@v1.0.0/sub/../evil.go", "package evil\n")), true);
        removeTree("outside");
        rewriteZip(atV.resolve("outside/@v/v1.0.0.zip"),
                entries -> entries.add(Map.entry("example.com/other@v1.0.0/evil.go", "package evil\n")), true);
    }

    @AfterAll
    static void tearDown() throws IOException {
        if (fixture != null) {
            fixture.close();
        }
    }

    /** Rewrites a cached zip with extra entries; with {@code fixHash}, the ziphash is rewritten to match, as go would hash it. */
    private static void rewriteZip(Path zip, java.util.function.Consumer<List<Map.Entry<String, String>>> change, boolean fixHash)
            throws IOException {
        List<Map.Entry<String, String>> entries = new ArrayList<>();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            for (ZipEntry e : java.util.Collections.list(z.entries())) {
                try (InputStream in = z.getInputStream(e)) {
                    entries.add(Map.entry(e.getName(), new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)));
                }
            }
        }
        change.accept(entries);
        zip.getParent().toFile().setWritable(true, true);
        zip.toFile().setWritable(true, true);
        io.modcache.testing.RawZip.write(zip, entries);
        if (fixHash) {
            Path ziphash = zip.resolveSibling("v1.0.0.ziphash");
            ziphash.toFile().setWritable(true, true);
            Files.writeString(ziphash, h1(entries));
        }
    }

    /** dirhash.Hash1 over the entries, as go's HashZip computes it. */
    private static String h1(List<Map.Entry<String, String>> entries) throws IOException {
        try {
            Map<String, String> byName = new LinkedHashMap<>();
            entries.forEach(e -> byName.put(e.getKey(), e.getValue()));
            List<String> names = new ArrayList<>(entries.stream().map(Map.Entry::getKey).toList());
            names.sort(null);
            MessageDigest summary = MessageDigest.getInstance("SHA-256");
            for (String n : names) {
                byte[] d = MessageDigest.getInstance("SHA-256").digest(byName.get(n).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                summary.update((HexFormat.of().formatHex(d) + "  " + n + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            return "h1:" + Base64.getEncoder().encodeToString(summary.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IOException(e);
        }
    }

    private static void removeTree(String module) throws IOException {
        Path tree = fixture.modcache().resolve("example.com/" + module + "@v1.0.0");
        try (Stream<Path> s = Files.walk(tree)) {
            s.forEach(p -> p.toFile().setWritable(true, true));
        }
        try (Stream<Path> s = Files.walk(tree)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static Map<String, JsonNode> ours() throws IOException {
        CliRunner.Run run = CliRunner.run(dir, "verify", "--cache", fixture.modcache().toString(), "--json");
        Map<String, JsonNode> out = new HashMap<>();
        for (JsonNode m : new ObjectMapper().readTree(run.out()).get("modules")) {
            out.put(m.get("path").asText(), m.get("versions").get(0));
        }
        return out;
    }

    @Test
    void aDuplicatedEntryIsAModifiedZipAsGoSays() throws Exception {
        GoTool.Result go = fixture.verify(project);
        assertThat(go.stderr() + go.stdout()).contains("example.com/dup v1.0.0: zip has been modified");

        JsonNode dup = ours().get("example.com/dup");
        assertThat(dup.get("status").asText()).isEqualTo("ZIP_MODIFIED");
        assertThat(dup.get("problems").toString()).contains("zip has been modified", "multiple entries for file \\\"dup.go\\\"");
    }

    @Test
    void entriesGoWouldNotExtractAreACorruptZipWhateverGoModVerifySays() throws Exception {
        GoTool.Result go = fixture.verify(project);
        assertThat(go.stderr() + go.stdout()).as("the ziphash matches, so go mod verify is content")
                .doesNotContain("example.com/dotdot").doesNotContain("example.com/outside");

        Map<String, JsonNode> ours = ours();
        assertThat(ours.get("example.com/dotdot").get("status").asText()).isEqualTo("CORRUPT_ZIP");
        assertThat(ours.get("example.com/dotdot").get("problems").toString()).contains("sub/../evil.go: file path is not clean");
        assertThat(ours.get("example.com/outside").get("status").asText()).isEqualTo("CORRUPT_ZIP");
        assertThat(ours.get("example.com/outside").get("problems").toString())
                .contains("example.com/other@v1.0.0/evil.go: path does not have prefix \\\"example.com/outside@v1.0.0/\\\"");
        assertThat(ours.get("example.com/clean").get("status").asText()).isEqualTo("VERIFIED");
    }
}
