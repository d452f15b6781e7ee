package io.modcache.fs;

import java.util.Locale;
import java.util.Optional;

/**
 * Finds the {@link FolderWalk} built for Java 22+ ({@code src/main/java22}, compiled only where a
 * JDK 22+ is at hand) and uses it when this runtime can run it; any failure to load it means the
 * JDK's walk, never an error.
 */
final class NativeFolderWalk {

    private static final String IMPLEMENTATION = "io.modcache.fs.linux.LinuxFolderWalk";

    static final Optional<FolderWalk> INSTANCE = load();

    private NativeFolderWalk() {
    }

    private static Optional<FolderWalk> load() {
        if ("jdk".equals(System.getProperty("modcache.walk"))
                || Runtime.version().feature() < 22
                || !System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux")) {
            return Optional.empty();
        }
        try {
            return Optional.of((FolderWalk) Class.forName(IMPLEMENTATION).getConstructor().newInstance());
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            // not compiled into this build, another processor, no native access: the JDK's walk
            System.getLogger(NativeFolderWalk.class.getName()).log(System.Logger.Level.DEBUG,
                    "folders are read through the JDK: " + e);
            return Optional.empty();
        }
    }
}
