package io.modcache.clean;

import io.modcache.cache.CachePart;
import io.modcache.cache.OtherEntry;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * One thing a deletion removes: a module version, or an "other" entry (version is then null and
 * {@code path} is the entry's path relative to the cache root).
 *
 * @param path           module path, or the other entry's relative path
 * @param version        version, or null for other entries
 * @param escapedPath    escaped module path (null for other entries)
 * @param escapedVersion escaped version (null for other entries)
 * @param otherKind      for other entries, what they are; else null
 * @param paths          every file or folder removed (a folder with all it holds)
 * @param parts          which parts of the version go
 * @param bytes          bytes freed
 * @param files          regular files removed
 * @param scope          how much of a version goes (the plan's scope, narrowed for versions a project needs)
 * @param reasons        why it goes, in words (empty when chosen by hand)
 */
public record PlanEntry(String path, String version, String escapedPath, String escapedVersion, OtherEntry.Kind otherKind,
                        List<Path> paths, Set<CachePart> parts, long bytes, long files, Scope scope, List<String> reasons) {

    public PlanEntry {
        paths = List.copyOf(paths);
        parts = Set.copyOf(parts);
        reasons = List.copyOf(reasons);
    }

    public boolean isVersion() {
        return version != null;
    }

    /** {@code path@version}, or the other entry's path. */
    public String id() {
        return isVersion() ? path + "@" + version : path;
    }
}
