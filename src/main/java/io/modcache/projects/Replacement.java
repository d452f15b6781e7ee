package io.modcache.projects;

/**
 * A {@code replace} directive of a go.mod or go.work file: {@code path [version] => target}, where
 * the target is either another module version or a directory on disk.
 *
 * @param path          the module path replaced
 * @param version       the version replaced, or null for every version
 * @param targetPath    the replacement module path, or the directory
 * @param targetVersion the replacement version, or null when the target is a directory
 */
public record Replacement(String path, String version, String targetPath, String targetVersion) {

    /** Whether the replacement is a directory on disk (x/mod's IsDirectoryPath): nothing of it comes from the cache. */
    public boolean isDirectory() {
        return targetVersion == null;
    }

    public boolean appliesTo(String modulePath, String moduleVersion) {
        return path.equals(modulePath) && (version == null || version.equals(moduleVersion));
    }

    static boolean isDirectoryPath(String s) {
        return s.startsWith("./") || s.startsWith("../") || s.startsWith("/") || s.startsWith(".\\") || s.startsWith("..\\")
                || s.startsWith("\\") || s.length() >= 2 && Character.isLetter(s.charAt(0)) && s.charAt(1) == ':';
    }
}
