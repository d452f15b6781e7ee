package io.modcache.cache;

/** Facts about file names as the JVM decoded them from the file system. */
public final class FileNames {

    private FileNames() {
    }

    /**
     * Whether the JVM could not decode the name (it holds U+FFFD where the bytes did not fit its
     * file-name encoding, e.g. any non-ASCII name under LC_ALL=C). Such a name cannot be turned
     * back into the same path from its text.
     */
    public static boolean isUnmappable(String name) {
        return name.indexOf('\uFFFD') >= 0;
    }

    /** What to tell the user about an unmappable name. */
    public static String unmappableProblem(String what) {
        return what + " has a name this program cannot represent in the system's file-name encoding ("
                + System.getProperty("sun.jnu.encoding", "unknown") + "); run it with a UTF-8 locale (LC_ALL=C.UTF-8)";
    }
}
