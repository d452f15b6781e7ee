package io.modcache.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modcache.cache.CacheFixture;
import io.modcache.testing.OutsideFiles;
import io.modcache.testing.Posix;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * A cache as an attacker (or a broken tool) leaves it: links to files outside at every position,
 * named pipes, a link to a device, a huge sparse file, names no file-name encoding can represent.
 * Scan, verify and clean must finish, flag every problem, and leave every file outside the cache
 * byte for byte and time for time as it was.
 */
class HostileCacheTest {

    private static final Duration LIMIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private Path root;
    private OutsideFiles outside;

    @BeforeEach
    void plant() throws IOException {
        Posix.assumePosix();
        outside = new OutsideFiles(dir.resolve("outside"));
        outside.file("victim.txt", "do not touch\n");
        outside.file("victim-partial.txt", "do not truncate\n");
        outside.file("victim-list.txt", "v9.9.9\n");
        outside.file("atv/v1.0.0.mod", "module example.com/atv\n");
        outside.file("host/m@v1.0.0/m.go", "package m\n");
        outside.file("dlhost/m/@v/v1.0.0.mod", "module example.org/m\n");
        Posix.mkfifo(outside.dir().resolve("fifo"));

        CacheFixture f = new CacheFixture(dir.resolve("modcache"));
        root = f.root();
        for (String m : new String[] {"fine", "treelink", "partial", "lock", "list", "fifo", "fifoinfo", "fifozip",
                "fifolink", "fifotree", "zero", "devlink", "sparse", "latin"}) {
            f.tree("example.com/" + m, "v1.0.0", "go.mod", "module example.com/" + m + "\n").downloaded("example.com/" + m, "v1.0.0");
        }
        f.list("example.com/list", "v1.0.0\n").tree("example.com/atv", "v1.0.0", "a.go", "package a\n")
                .tree("example.net/m", "v1.0.0", "m.go", "package m\n");
        Files.createDirectories(outside.dir().resolve("dlnet"));

        link(tree("treelink").resolve("link.go"), outside.dir().resolve("victim.txt"));
        link(atV("partial").resolve("v1.0.0.partial"), outside.dir().resolve("victim-partial.txt"));
        link(atV("lock").resolve("v1.0.0.lock"), outside.dir().resolve("made-through-a-dangling-lock"));
        link(atV("list").resolve("list"), outside.dir().resolve("victim-list.txt"));
        Files.createDirectories(root.resolve("cache/download/example.com/atv"));
        link(root.resolve("cache/download/example.com/atv/@v"), outside.dir().resolve("atv"));
        link(root.resolve("example.org"), outside.dir().resolve("host"));
        link(root.resolve("cache/download/example.org"), outside.dir().resolve("dlhost"));
        link(root.resolve("cache/download/example.net"), outside.dir().resolve("dlnet"));

        fifoAt(atV("fifo").resolve("v1.0.0.ziphash"));
        fifoAt(atV("fifoinfo").resolve("v1.0.0.info"));
        fifoAt(atV("fifozip").resolve("v1.0.0.zip"));
        link(tree("fifolink").resolve("pipe"), outside.dir().resolve("fifo"));
        Posix.mkfifo(tree("fifotree").resolve("pipe"));
        link(atV("zero").resolve("v1.0.0.ziphash"), Path.of("/dev/zero"));
        link(tree("devlink").resolve("zero"), Path.of("/dev/zero"));
        try (RandomAccessFile sparse = new RandomAccessFile(atV("sparse").resolve("v1.0.0.info").toFile(), "rw")) {
            sparse.setLength(3L << 30);
        }
        Posix.touchUnmappable(tree("latin"), "caf");
        Posix.mkdirUnmappable(root.resolve("example.com"), "weird", "w.go");
        outside.snapshot();
    }

    private Path tree(String module) {
        return root.resolve("example.com/" + module + "@v1.0.0");
    }

    private Path atV(String module) {
        return root.resolve("cache/download/example.com/" + module + "/@v");
    }

    private static void link(Path at, Path target) throws IOException {
        Files.deleteIfExists(at);
        Files.createSymbolicLink(at, target);
    }

    private static void fifoAt(Path at) throws IOException {
        Files.deleteIfExists(at);
        Posix.mkfifo(at);
    }

    private CliRunner.Run cli(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = args[0];
        all[1] = "--cache=" + root;
        System.arraycopy(args, 1, all, 2, args.length - 1);
        return assertTimeoutPreemptively(LIMIT, () -> CliRunner.run(dir, all), "must never hang");
    }

    /** Each version's status and problems from a {@code --json} report, by module path. */
    private static Map<String, JsonNode> versionsByModule(String json) throws IOException {
        Map<String, JsonNode> out = new HashMap<>();
        for (JsonNode m : new ObjectMapper().readTree(json).get("modules")) {
            if (!m.get("versions").isEmpty()) {
                out.put(m.get("path").asText(), m.get("versions").get(0));
            }
        }
        return out;
    }

    private static String problems(JsonNode version) {
        return version.get("problems").toString();
    }

    @Test
    void scanFlagsWhatIsHostileAndOpensNothing() throws IOException {
        CliRunner.Run scan = cli("scan", "--json");

        assertThat(scan.exitCode()).as(scan.err()).isZero();
        Map<String, JsonNode> v = versionsByModule(scan.out());
        assertThat(problems(v.get("example.com/treelink"))).contains("symbolic link", "link.go");
        assertThat(problems(v.get("example.com/fifo"))).contains("v1.0.0.ziphash is a named pipe");
        assertThat(problems(v.get("example.com/zero"))).contains("v1.0.0.ziphash is a symbolic link");
        assertThat(problems(v.get("example.com/fifotree"))).contains("a named pipe");
        assertThat(problems(v.get("example.com/latin"))).contains("cannot represent");
        assertThat(v.get("example.com/latin").get("status").asText()).isEqualTo("ERROR");
        assertThat(v.keySet()).noneMatch(k -> k.contains("weird") && v.get(k).get("status").asText().equals("UNVERIFIED"));
        assertThat(v.get("example.com/sparse").get("bytes").asLong()).as("a sparse file counts its apparent size").isGreaterThan(3L << 30);
        JsonNode other = new ObjectMapper().readTree(scan.out()).get("other");
        assertThat(other.toString()).contains("example.org", "cache/download/example.org", "cache/download/example.com/atv/@v",
                "cache/download/example.com/lock/@v/v1.0.0.lock", "cache/download/example.com/list/@v/list", "symbolic link");
        outside.assertUnchanged();
    }

    @Test
    void verifyFinishesAndFlagsEveryProblem() throws IOException {
        CliRunner.Run verify = cli("verify", "--json");

        assertThat(verify.exitCode()).as(verify.err()).isEqualTo(1);
        Map<String, JsonNode> v = versionsByModule(verify.out());
        assertThat(v.get("example.com/fifo").get("status").asText()).isEqualTo("ERROR");
        assertThat(problems(v.get("example.com/fifo"))).contains("is a named pipe");
        assertThat(problems(v.get("example.com/fifoinfo"))).contains("v1.0.0.info: it is a named pipe");
        assertThat(problems(v.get("example.com/fifozip"))).contains("v1.0.0.zip: it is a named pipe");
        assertThat(problems(v.get("example.com/zero"))).contains("v1.0.0.ziphash: it is a symbolic link");
        assertThat(problems(v.get("example.com/sparse"))).contains("too large");
        for (String m : new String[] {"treelink", "fifolink", "fifotree", "devlink"}) {
            assertThat(v.get("example.com/" + m).get("status").asText()).as(m).isEqualTo("DIR_MODIFIED");
            assertThat(problems(v.get("example.com/" + m))).as(m).contains("go's extraction never makes");
        }
        assertThat(v.get("example.com/latin").get("status").asText()).isEqualTo("ERROR");
        assertThat(problems(v.get("example.com/fine"))).as("the fixture's zip is not a zip").contains("not a valid zip file");
        outside.assertUnchanged();
    }

    @Test
    void cleaningHostileVersionsRefusesLinksAndTouchesNothingOutside() throws IOException {
        CliRunner.Run clean = cli("clean", "--yes", "example.com/partial", "example.com/lock", "example.com/list",
                "example.com/atv", "example.com/treelink", "example.com/fine", "example.net/m");

        assertThat(clean.exitCode()).as(clean.out() + clean.err()).isEqualTo(1);
        assertThat(clean.out()).contains("failed: example.com/partial@v1.0.0: refusing: ", "v1.0.0.partial is a symbolic link")
                .contains("failed: example.com/lock@v1.0.0: refusing: ", "v1.0.0.lock is a symbolic link")
                .contains("cannot delete example.com/atv@v1.0.0: refusing: ", "@v is a symbolic link")
                .contains("cannot delete example.net/m@v1.0.0: refusing: ", "download/example.net is a symbolic link")
                .contains("list is a symbolic link");
        assertThat(tree("treelink")).as("the link in its tree was removed as a link").doesNotExist();
        assertThat(tree("fine")).doesNotExist();
        assertThat(tree("partial")).as("a refused version is left whole").exists();
        outside.assertUnchanged();
    }

    @Test
    void cleanAllLeavesNothingInTheCacheAndTouchesNothingOutside() throws IOException {
        CliRunner.Run clean = cli("clean", "--all", "--yes");

        assertThat(clean.out() + clean.err()).doesNotContain("Exception");
        try (var left = Files.list(root)) {
            assertThat(left.toList()).as("the cache ends empty, as after go clean -modcache").isEmpty();
        }
        assertThat(Files.exists(root, LinkOption.NOFOLLOW_LINKS)).isTrue();
        outside.assertUnchanged();
    }
}
