package io.modcache.repair;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the go command the way the user's shell would (their environment, with a few variables
 * changed), with a time limit, and gives back what it printed.
 */
public final class GoRunner {

    /** What go printed and how it exited. */
    public record Result(int exitCode, String stdout, String stderr) {
    }

    private final String executable;
    private final Map<String, String> baseEnv;
    private final long timeoutSeconds;

    /** @param baseEnv the user's environment, which every run starts from */
    public GoRunner(String executable, Map<String, String> baseEnv, long timeoutSeconds) {
        this.executable = executable;
        this.baseEnv = Map.copyOf(baseEnv);
        this.timeoutSeconds = timeoutSeconds;
    }

    /** The {@code go} on PATH with this process's environment; null when there is none. */
    public static GoRunner onPath() {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            for (String name : List.of("go", "go.exe")) {
                Path candidate = Path.of(dir, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return new GoRunner(candidate.toString(), System.getenv(), 600);
                }
            }
        }
        return null;
    }

    public Map<String, String> baseEnv() {
        return baseEnv;
    }

    /** What go printed, up to a cap: {@code go mod download -json} of one module prints a few hundred bytes. */
    private static final long OUTPUT_CAP = 16L << 20;

    private static String read(Path file) throws IOException {
        return new String(io.modcache.fs.SafeFiles.read(file, OUTPUT_CAP), StandardCharsets.UTF_8);
    }

    /** Runs {@code go args...} in {@code dir} with the base environment and {@code changes} on top. */
    public Result run(Path dir, Map<String, String> changes, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(executable);
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().clear();
        pb.environment().putAll(baseEnv);
        pb.environment().putAll(changes);
        Path out = Files.createTempFile("modcache-go", ".out");
        Path err = Files.createTempFile("modcache-go", ".err");
        try {
            Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            p.getOutputStream().close();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new Result(-1, "", "go " + String.join(" ", args) + " did not finish in " + timeoutSeconds + " s");
            }
            return new Result(p.exitValue(), read(out), read(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
