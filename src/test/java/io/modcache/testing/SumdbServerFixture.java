package io.modcache.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * A Go checksum database on 127.0.0.1 for the tests: {@code src/test/go/sumdbserver}, built with
 * the real go against Debian's golang.org/x/mod sources (golang-golang-x-mod-dev), serving the
 * hashes of a {@link GoProxyFixture}'s proxy. {@link #gosumdb()} is what GOSUMDB must say.
 */
public final class SumdbServerFixture implements AutoCloseable {

    /** Where Debian puts golang.org/x/mod; the server is built in GOPATH mode against it. */
    public static final Path GOCODE = Path.of("/usr/share/gocode");

    private final Process process;
    private final String vkey;
    private final String url;
    private final Path requestLog;

    private SumdbServerFixture(Process process, String vkey, String url, Path requestLog) {
        this.process = process;
        this.vkey = vkey;
        this.url = url;
        this.requestLog = requestLog;
    }

    /**
     * Builds and starts the server for {@code proxy}; {@code tampered} maps {@code path@version}
     * to the zip hash the database should vouch for instead of the real one.
     */
    public static SumdbServerFixture start(GoTool go, Path work, Path proxy, Map<String, String> tampered)
            throws IOException, InterruptedException {
        if (!Files.isDirectory(GOCODE.resolve("src/golang.org/x/mod/sumdb"))) {
            String message = "golang.org/x/mod is not in " + GOCODE + " (apt-get install golang-golang-x-mod-dev)";
            if ("true".equals(System.getenv("CI"))) {
                fail(message + ", and CI must run the checksum database tests");
            }
            org.junit.jupiter.api.Assumptions.assumeTrue(false, "skipped: " + message);
        }
        Path gopath = work.resolve("sumdb-gopath");
        Path src = Files.createDirectories(gopath.resolve("src/sumdbserver"));
        Files.copy(Path.of("src/test/go/sumdbserver/main.go"), src.resolve("main.go"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path binary = work.resolve("sumdbserver");
        go.run(src, Map.of("GO111MODULE", "off", "GOPATH", gopath + ":" + GOCODE, "GOCACHE", work.resolve("sumdb-gocache").toString(),
                "HOME", work.toString(), "GOTOOLCHAIN", "local", "GOTELEMETRY", "off"), "build", "-o", binary.toString(), ".").assertSuccess();

        Path log = work.resolve("sumdb-requests.log");
        Files.deleteIfExists(log);
        List<String> command = new ArrayList<>(List.of(binary.toString(), "-proxy", proxy.toString(), "-log", log.toString()));
        tampered.forEach((at, hash) -> command.addAll(List.of("-tamper", at + "=" + hash)));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String vkey = field(out.readLine(), "vkey ");
        String url = field(out.readLine(), "url ");
        if (vkey == null || url == null) {
            p.destroyForcibly();
            fail("the checksum database did not start");
        }
        return new SumdbServerFixture(p, vkey, url, log);
    }

    private static String field(String line, String prefix) {
        return line != null && line.startsWith(prefix) ? line.substring(prefix.length()) : null;
    }

    /** GOSUMDB for go: {@code name+hash+key http://127.0.0.1:PORT}. */
    public String gosumdb() {
        return vkey + " " + url;
    }

    public String verifierKey() {
        return vkey;
    }

    /** The database's name: {@code sum.test.example}. */
    public String name() {
        return vkey.substring(0, vkey.indexOf('+'));
    }

    /** Every request path the server answered so far, in order. */
    public List<String> requests() throws IOException {
        return Files.exists(requestLog) ? Files.readAllLines(requestLog) : List.of();
    }

    @Override
    public void close() {
        process.destroy();
    }
}
