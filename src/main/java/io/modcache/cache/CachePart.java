package io.modcache.cache;

/** The on-disk pieces of one module version in the cache. */
public enum CachePart {
    /** The extracted, read-only source tree {@code <path>@<version>/}. */
    TREE,
    ZIP,
    ZIPHASH,
    MOD,
    INFO,
    LOCK,
    /** The marker go leaves while (or when it failed) extracting. */
    PARTIAL,
    /** Leftover temporary files or directories of an interrupted download. */
    TEMP
}
