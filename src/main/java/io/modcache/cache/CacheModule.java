package io.modcache.cache;

import java.util.List;

/**
 * A module path with its cached versions, newest first.
 *
 * @param path        module path
 * @param escapedPath the path as it appears on disk
 * @param ownBytes    bytes of module-level files such as {@code @v/list}
 * @param ownFiles    number of module-level files
 * @param versions    versions, newest first in Go's order
 */
public record CacheModule(String path, String escapedPath, long ownBytes, long ownFiles, List<ModuleVersion> versions) {

    public CacheModule {
        versions = List.copyOf(versions);
    }

    public long bytes() {
        return ownBytes + versions.stream().mapToLong(ModuleVersion::bytes).sum();
    }

    public long files() {
        return ownFiles + versions.stream().mapToLong(ModuleVersion::files).sum();
    }
}
