package io.modcache.clean;

/**
 * A selected version or entry that cannot be deleted, and why (a link where a folder should be, a
 * name this system cannot represent, a tree too deep to read): it is left as it is, and the rest
 * of the plan goes ahead.
 *
 * @param path    module path, or the other entry's path
 * @param version version, or null for other entries
 * @param reason  why, in words
 */
public record Unplanned(String path, String version, String reason) {

    public String id() {
        return version == null ? path : path + "@" + version;
    }
}
