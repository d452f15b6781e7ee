package io.modcache.cache;

/**
 * Why a cache could not be scanned at all, with one line to show the user; the command line and
 * the window word it the same way.
 */
public final class ScanFailure extends Exception {

    public enum Kind {
        /** Nothing at the location. */
        NO_CACHE,
        NOT_A_DIRECTORY,
        /** Permission denied. */
        UNREADABLE,
        /** Any other I/O error. */
        FAILED
    }

    private final Kind kind;
    private final transient CacheLocation location;

    ScanFailure(Kind kind, CacheLocation location, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.location = location;
    }

    public Kind kind() {
        return kind;
    }

    public CacheLocation location() {
        return location;
    }
}
