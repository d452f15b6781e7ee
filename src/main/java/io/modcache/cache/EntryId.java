package io.modcache.cache;

/**
 * What a row, a tile or a selection refers to: a module version, a module (all its versions), or
 * an entry that is not a module version. Views share selections of these, never of their controls.
 */
public sealed interface EntryId permits VersionId, EntryId.Module, EntryId.Other {

    /** A module path: in a selection it stands for all its versions. */
    record Module(String path) implements EntryId {
        @Override
        public String toString() {
            return path;
        }
    }

    /** An "other" entry, by its path relative to the cache root. */
    record Other(String path) implements EntryId {
        @Override
        public String toString() {
            return path;
        }
    }
}
