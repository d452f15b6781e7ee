package io.modcache.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The go command's configuration as {@code go env -json} reports it (GOMODCACHE, GOPROXY,
 * GOSUMDB, GOPRIVATE, ...), asked once, with one timeout. Empty when go is not on PATH, fails or
 * is slow: then callers fall back on the environment, as they must work without go.
 */
public final class GoEnv {

    public static final GoEnv NONE = new GoEnv(Map.of());
    static final long TIMEOUT_SECONDS = 5;

    private final Map<String, String> vars;

    GoEnv(Map<String, String> vars) {
        this.vars = Map.copyOf(vars);
    }

    /** Runs {@code go env -json}; {@link #NONE} when that is not possible. */
    public static GoEnv load() {
        Process process;
        try {
            process = new ProcessBuilder("go", "env", "-json").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            return NONE;
        }
        try (InputStream out = process.getInputStream()) {
            process.getOutputStream().close();
            byte[] json = out.readNBytes(1 << 20);
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return NONE;
            }
            return process.exitValue() == 0 ? parse(json) : NONE;
        } catch (IOException e) {
            return NONE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            return NONE;
        }
    }

    static GoEnv parse(byte[] json) throws IOException {
        JsonNode root = new ObjectMapper().readTree(json);
        Map<String, String> vars = new HashMap<>();
        if (root != null && root.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                vars.put(e.getKey(), e.getValue().asText(""));
            }
        }
        return new GoEnv(vars);
    }

    /** For tests and callers that know the values. */
    public static GoEnv of(Map<String, String> vars) {
        return new GoEnv(vars);
    }

    /** A variable's value, when go reported a non-empty one. */
    public Optional<String> get(String name) {
        String v = vars.get(name);
        return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v);
    }

    /** Whether go answered at all. */
    public boolean available() {
        return !vars.isEmpty();
    }
}
