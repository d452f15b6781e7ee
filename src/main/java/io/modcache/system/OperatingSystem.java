package io.modcache.system;

import java.util.Locale;

/** The platform families whose conventions (folders, file locks, file managers) the program follows. */
public enum OperatingSystem {
    LINUX, MAC, WINDOWS, OTHER_UNIX;

    /** This JVM's platform. */
    public static OperatingSystem current() {
        return of(System.getProperty("os.name", ""));
    }

    /** The platform an {@code os.name} value names. */
    public static OperatingSystem of(String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return WINDOWS;
        }
        if (os.contains("mac") || os.contains("darwin")) {
            return MAC;
        }
        return os.contains("linux") ? LINUX : OTHER_UNIX;
    }

    public boolean isWindows() {
        return this == WINDOWS;
    }
}
