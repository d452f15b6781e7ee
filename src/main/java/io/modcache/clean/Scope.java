package io.modcache.clean;

/** How much of each selected version goes. */
public enum Scope {
    /** The extracted tree and every {@code cache/download} file but the lock: go downloads it again. */
    EVERYTHING,
    /** The extracted tree only: go re-extracts it from the kept zip, offline. */
    EXTRACTED,
    /**
     * The source (tree, zip and ziphash), keeping {@code .mod} and {@code .info}: the state go leaves
     * for a module it needs for the module graph only.
     */
    SOURCE;

    /** The less of the two: what goes when a version may lose no more than {@code limit}. */
    public Scope narrowedTo(Scope limit) {
        if (this == EXTRACTED || limit == EXTRACTED) {
            return EXTRACTED;
        }
        return this == SOURCE || limit == SOURCE ? SOURCE : EVERYTHING;
    }

    /** Whether the zip and its hash go too. */
    public boolean removesZip() {
        return this != EXTRACTED;
    }

    /** Whether .mod and .info go too. */
    public boolean removesMetadata() {
        return this == EVERYTHING;
    }
}
