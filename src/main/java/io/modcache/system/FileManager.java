package io.modcache.system;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Opens a folder in the desktop's file manager ({@code xdg-open}, {@code open}, {@code explorer}),
 * without AWT. Starts a process: call it off the UI thread.
 */
public final class FileManager {

    private FileManager() {
    }

    /** The command that opens {@code folder} on {@code os}. */
    static List<String> command(OperatingSystem os, Path folder) {
        String where = folder.toString();
        return switch (os) {
            case MAC -> List.of("open", where);
            case WINDOWS -> List.of("explorer", where);
            default -> List.of("xdg-open", where);
        };
    }

    /** Hands {@code folder} to the file manager; throws when no file manager could be started. */
    public static void open(Path folder) throws IOException {
        new ProcessBuilder(command(OperatingSystem.current(), folder))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }
}
