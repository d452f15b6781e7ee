package io.modcache.fs;

import java.nio.file.Path;

/** A file larger than what is ever read of its kind (a sparse 3 GB {@code .info}, say). */
public class FileTooLargeException extends UnsafeFileException {

    public FileTooLargeException(Path file, long size, long cap) {
        super(file, "is too large to read (" + size + " bytes; at most " + cap + " are read)");
    }
}
