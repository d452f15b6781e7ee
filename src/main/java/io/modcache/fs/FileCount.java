package io.modcache.fs;

/** A number of regular files and their apparent size in bytes. */
public record FileCount(long files, long bytes) {

    public static final FileCount ZERO = new FileCount(0, 0);

    public static FileCount of(long bytes) {
        return new FileCount(1, bytes);
    }

    public FileCount plus(FileCount other) {
        return new FileCount(files + other.files, bytes + other.bytes);
    }
}
