package io.modcache.fs;

/** What a directory entry is, as {@code lstat(2)} tells it (links are never followed). */
public enum FileKind {
    REGULAR("a regular file"),
    DIRECTORY("a directory"),
    SYMLINK("a symbolic link"),
    FIFO("a named pipe"),
    CHAR_DEVICE("a character device"),
    BLOCK_DEVICE("a block device"),
    SOCKET("a socket"),
    OTHER("a special file");

    private static final int S_IFMT = 0170000;

    private final String description;

    FileKind(String description) {
        this.description = description;
    }

    /** In words, for messages: "a symbolic link". */
    public String description() {
        return description;
    }

    /** The kind encoded in the file type bits of {@code st_mode}. */
    public static FileKind ofMode(int mode) {
        return switch (mode & S_IFMT) {
            case 0100000 -> REGULAR;
            case 0040000 -> DIRECTORY;
            case 0120000 -> SYMLINK;
            case 0010000 -> FIFO;
            case 0020000 -> CHAR_DEVICE;
            case 0060000 -> BLOCK_DEVICE;
            case 0140000 -> SOCKET;
            default -> OTHER;
        };
    }
}
