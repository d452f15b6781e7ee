package io.modcache.system;

import io.modcache.fs.SafeFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Whether the file system under the cache records access times. Mounted {@code noatime}, it never
 * does, and ages by last access mean nothing; with {@code relatime} (Linux's default) an access
 * moves the time at most once a day, enough for ages in days. Read from {@code /proc/self/mountinfo}
 * (the longest mount point that contains the cache); elsewhere access times are taken as tracked.
 *
 * @param tracked whether last access times move when files are read
 * @param detail  the mount point and options, for the user
 */
public record AccessTimeTracking(boolean tracked, String detail) {

    public static final AccessTimeTracking ASSUMED = new AccessTimeTracking(true, "assumed: the mount options are not known");

    /** For a cache root of this machine. */
    public static AccessTimeTracking of(Path root) {
        if (OperatingSystem.current() != OperatingSystem.LINUX) {
            return ASSUMED;
        }
        try {
            String mountinfo = new String(SafeFiles.read(Path.of("/proc/self/mountinfo"), 16L << 20), StandardCharsets.UTF_8);
            return fromMountInfo(mountinfo, root.toRealPath());
        } catch (IOException | RuntimeException e) {
            return ASSUMED;
        }
    }

    /** From the text of a mountinfo file and the real path of the cache root. */
    static AccessTimeTracking fromMountInfo(String mountinfo, Path realRoot) {
        String bestPoint = null;
        String bestOptions = null;
        for (String line : mountinfo.split("\n")) {
            String[] f = line.split(" ");
            if (f.length < 6) {
                continue;
            }
            String point = unescape(f[4]);
            if (contains(point, realRoot) && (bestPoint == null || point.length() > bestPoint.length())) {
                bestPoint = point;
                bestOptions = f[5];
            }
        }
        if (bestPoint == null) {
            return ASSUMED;
        }
        boolean noatime = false;
        for (String option : bestOptions.split(",")) {
            noatime |= option.equals("noatime");
        }
        return new AccessTimeTracking(!noatime, bestPoint + " is mounted " + bestOptions);
    }

    private static boolean contains(String mountPoint, Path root) {
        return root.startsWith(Path.of(mountPoint));
    }

    /** mountinfo escapes space, tab, newline and backslash as octal. */
    private static String unescape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 3 < s.length() && Character.isDigit(s.charAt(i + 1))) {
                out.append((char) Integer.parseInt(s.substring(i + 1, i + 4), 8));
                i += 3;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
