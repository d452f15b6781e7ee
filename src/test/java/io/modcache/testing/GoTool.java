package io.modcache.testing;

import org.junit.jupiter.api.Assumptions;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The real go command, for integration tests. Tests that need it call {@link #require()}: on a
 * developer machine without go they are skipped with a message; in CI (CI=true) a missing go is a
 * failure, because CI must run them.
 */
public final class GoTool {

    public record Result(int exitCode, String stdout, String stderr) {
        public Result assertSuccess() {
            if (exitCode != 0) {
                fail("go exited " + exitCode + "\nstdout:\n" + stdout + "\nstderr:\n" + stderr);
            }
            return this;
        }
    }

    private final Path executable;

    private GoTool(Path executable) {
        this.executable = executable;
    }

    public static Optional<GoTool> find() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "go");
            if (Files.isExecutable(candidate)) {
                return Optional.of(new GoTool(candidate));
            }
        }
        return Optional.empty();
    }

    public static GoTool require() {
        Optional<GoTool> go = find();
        if (go.isEmpty() && "true".equals(System.getenv("CI"))) {
            fail("the go command is not on PATH, and CI must run the tests that need it (.ci/run installs golang-go)");
        }
        Assumptions.assumeTrue(go.isPresent(), "skipped: the go command is not on PATH (apt-get install golang-go)");
        return go.get();
    }

    /** Runs go in {@code dir} with exactly the given extra environment on top of a minimal one. */
    public Result run(Path dir, Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("GO"));
        pb.environment().putAll(env);
        Path out = Files.createTempFile("go-out", ".txt");
        Path err = Files.createTempFile("go-err", ".txt");
        try {
            pb.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
            Process p = pb.start();
            p.getOutputStream().close();
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                fail("go " + String.join(" ", args) + " did not finish in 5 minutes");
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    public Path executable() {
        return executable;
    }
}
