package io.modcache.clean;

/** How much of each selected version goes. */
public enum Scope {
    /** The extracted tree and every {@code cache/download} file but the lock: go downloads it again. */
    EVERYTHING,
    /** The extracted tree only: go re-extracts it from the kept zip, offline. */
    EXTRACTED
}
