package io.modcache.fs;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A file the program refuses to open, create or write: a symbolic link, a named pipe, a device, a
 * hard link to content elsewhere, or anything that is not the regular file it should be.
 */
public class UnsafeFileException extends IOException {

    private final transient Path file;

    public UnsafeFileException(Path file, String why) {
        super("refusing: " + file + " " + why);
        this.file = file;
    }

    /** {@code file} is of this kind where a regular file (or folder) of ours should be. */
    public static UnsafeFileException wrongKind(Path file, FileKind kind) {
        return new UnsafeFileException(file, "is " + kind.description());
    }

    public Path file() {
        return file;
    }
}
