package io.modcache.cache;

import java.util.List;

/**
 * Something in the cache that is not a module version: a VCS clone, the checksum database cache,
 * go's own lock file, or anything unrecognised. Counted so that nothing on disk goes unaccounted.
 *
 * @param kind     what it is
 * @param path     path relative to the cache root, with forward slashes
 * @param bytes    apparent size of its regular files
 * @param files    number of its regular files
 * @param problems what could not be read
 */
public record OtherEntry(Kind kind, String path, long bytes, long files, List<String> problems) {

    public enum Kind {
        VCS, SUMDB,
        /** {@code cache/lock}, which go locks around its changes to the cache (modfetch.SideLock). */
        LOCK,
        UNKNOWN;

        /** As reports name it: {@code vcs}, {@code sumdb}, {@code lock}, {@code unknown}. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public OtherEntry {
        problems = List.copyOf(problems);
    }
}
