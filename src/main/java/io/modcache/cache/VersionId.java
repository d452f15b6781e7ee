package io.modcache.cache;

/**
 * A module version's identity: module path and version, as the go command names it
 * ({@code path@version}). For folders with invalid names, the escaped names as found.
 */
public record VersionId(String path, String version) implements EntryId, Comparable<VersionId> {

    public VersionId {
        if (path == null || version == null) {
            throw new IllegalArgumentException("a version id needs a path and a version");
        }
    }

    /** Parses {@code path@version}; the version is after the last '@'. */
    public static VersionId parse(String text) {
        int at = text.lastIndexOf('@');
        if (at <= 0 || at == text.length() - 1) {
            throw new IllegalArgumentException("not path@version: " + text);
        }
        return new VersionId(text.substring(0, at), text.substring(at + 1));
    }

    /** By path, then newest version first. */
    @Override
    public int compareTo(VersionId o) {
        int c = path.compareTo(o.path);
        return c != 0 ? c : GoVersions.NEWEST_FIRST.compare(version, o.version);
    }

    @Override
    public String toString() {
        return path + "@" + version;
    }
}
