package io.modcache.ui.main;

/** What the window says instead of (or above) the tree when the cache is not an ordinary one. */
public enum Notice {
    NONE,
    LOCATING,
    NO_CACHE,
    EMPTY,
    NOT_A_MODULE_CACHE,
    UNREADABLE,
    CANCELLED,
    /** The file system does not record access times (noatime). */
    NOT_TRACKED
}
