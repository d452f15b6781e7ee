package io.modcache.cache;

import io.modcache.fs.FolderWalk;
import io.modcache.testing.Posix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The folder walk through {@code java.lang.foreign} (the installed app's, on its Java 25 runtime)
 * sees exactly what the JDK's listing sees. The tests run on Java 17, which cannot run it, so the
 * comparison runs in a JVM of a JDK 22+ of this machine (CI has one: the package is built with it).
 */
class FolderWalkParityTest {

    @Test
    void javaBefore22WalksWithTheJdk() {
        assumeTrue(Runtime.version().feature() < 22, "this runtime is Java 22+");
        assertTrue(FolderWalk.available().isEmpty());
        assertTrue(FileAccess.DEFAULT.folderWalk().isEmpty());
    }

    @Test
    void theNativeWalkSeesWhatTheJdkSees(@TempDir Path dir) throws Exception {
        Posix.assumePosix();
        if (FolderWalk.available().isPresent()) {
            assertEquals(List.of(), FolderWalkParity.differences(dir));
            return;
        }
        assumeTrue(FolderWalkParityTest.class.getResource("/io/modcache/fs/linux/LinuxFolderWalk.class") != null,
                "the build had no JDK 22+ (scripts/compile-java22.sh): no native walk to test");
        Optional<Path> jdk = jdk22();
        assumeTrue(jdk.isPresent(), "no JDK 22+ on this machine (set JAVA22_HOME) to run the native walk in");
        Process p = new ProcessBuilder(jdk.get().resolve("bin/java").toString(), "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), FolderWalkParity.class.getName(), dir.toString())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(2, TimeUnit.MINUTES), output);
        assertEquals(0, p.exitValue(), output);
        assertTrue(output.contains(FolderWalkParity.USED + "io.modcache.fs.linux.LinuxFolderWalk"), output);
        assertTrue(output.contains("0 differences"), output);
    }

    /** A JDK 22+ as scripts/compile-java22.sh finds one. */
    private static Optional<Path> jdk22() throws IOException {
        Stream.Builder<Path> candidates = Stream.builder();
        Stream.of(System.getenv("JAVA22_HOME"), System.getenv("JAVA_HOME")).filter(s -> s != null && !s.isEmpty())
                .map(Path::of).forEach(candidates);
        Path jvms = Path.of("/usr/lib/jvm");
        if (Files.isDirectory(jvms)) {
            try (Stream<Path> all = Files.list(jvms)) {
                all.sorted().forEach(candidates);
            }
        }
        return candidates.build().filter(j -> Files.isExecutable(j.resolve("bin/java")) && feature(j) >= 22).findFirst();
    }

    private static int feature(Path jdk) {
        try {
            for (String line : Files.readAllLines(jdk.resolve("release"))) {
                if (line.startsWith("JAVA_VERSION=\"")) {
                    String v = line.substring("JAVA_VERSION=\"".length());
                    int end = 0;
                    while (end < v.length() && Character.isDigit(v.charAt(end))) {
                        end++;
                    }
                    return end == 0 ? 0 : Integer.parseInt(v.substring(0, end));
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }
}
