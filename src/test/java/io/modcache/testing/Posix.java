package io.modcache.testing;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What Java cannot make by itself: named pipes, and names that are not valid in the JVM's file-name encoding. */
public final class Posix {

    private Posix() {
    }

    public static void assumePosix() {
        Assumptions.assumeFalse(System.getProperty("os.name").toLowerCase().startsWith("windows"), "POSIX only");
    }

    /** A named pipe: opening it for reading blocks until somebody writes. */
    public static void mkfifo(Path path) {
        run("mkfifo", path.toString());
    }

    /**
     * A file inside {@code dir} whose name is {@code prefix} followed by the byte 0xE9 (é in
     * Latin-1): not valid UTF-8, and not ASCII, so no JVM file-name encoding represents it.
     */
    public static void touchUnmappable(Path dir, String prefix) {
        run("bash", "-c", "cd \"$1\" && printf x > \"$2\"$'\\xe9'", "bash", dir.toString(), prefix);
    }

    /** A folder like {@link #touchUnmappable}. */
    public static void mkdirUnmappable(Path dir, String prefix, String fileInside) {
        run("bash", "-c", "cd \"$1\" && mkdir -p \"$2\"$'\\xe9' && printf x > \"$2\"$'\\xe9'/\"$3\"", "bash", dir.toString(), prefix, fileInside);
    }

    public static void run(String... command) {
        try {
            Process p = new ProcessBuilder(new ArrayList<>(List.of(command))).inheritIO().start();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("timed out: " + String.join(" ", command));
            }
            assertEquals(0, p.exitValue(), String.join(" ", command));
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
