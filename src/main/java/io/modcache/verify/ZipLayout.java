package io.modcache.verify;

import io.modcache.cache.ModulePaths;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;

/**
 * The checks golang.org/x/mod/zip's {@code CheckZip} makes before go extracts a module zip, in
 * its words: every entry below {@code <module>@<version>/}, clean and valid file paths (no
 * {@code ..}), no two names differing only in case, no duplicates, go.mod only at the root and
 * within its size limit, LICENSE within its limit. A zip failing them is one go refuses to extract,
 * whatever {@code go mod verify} says of its hash.
 */
final class ZipLayout {

    /** x/mod/zip MaxGoMod and MaxLICENSE. */
    static final long MAX_GO_MOD = 16L << 20;
    static final long MAX_LICENSE = 16L << 20;

    private ZipLayout() {
    }

    /** The reasons go's extraction would refuse the zip, each as {@code <entry>: <reason>}; empty when it would not. */
    static List<String> check(String modulePath, String version, List<ZipEntry> entries) {
        List<String> invalid = new ArrayList<>();
        String prefix = modulePath + "@" + version + "/";
        Map<String, Folded> seen = new HashMap<>();
        for (ZipEntry zf : entries) {
            String full = zf.getName();
            if (!full.startsWith(prefix)) {
                invalid.add(full + ": path does not have prefix \"" + prefix + "\"");
                continue;
            }
            String name = full.substring(prefix.length());
            if (name.isEmpty()) {
                continue;
            }
            boolean isDir = name.endsWith("/");
            if (isDir) {
                name = name.substring(0, name.length() - 1);
            }
            if (!isClean(name)) {
                invalid.add(full + ": file path is not clean");
                continue;
            }
            String bad = ModulePaths.checkFilePath(name);
            if (bad != null) {
                invalid.add(full + ": " + bad);
                continue;
            }
            String collision = collision(seen, name, isDir);
            if (collision != null) {
                invalid.add(full + ": " + collision);
                continue;
            }
            if (isDir) {
                continue;
            }
            String base = name.substring(name.lastIndexOf('/') + 1);
            if (base.equalsIgnoreCase("go.mod")) {
                if (!base.equals(name)) {
                    invalid.add(full + ": go.mod file not in module root directory");
                    continue;
                }
                if (!name.equals("go.mod")) {
                    invalid.add(full + ": go.mod files must have lowercase names");
                    continue;
                }
            }
            if (name.equals("go.mod") && zf.getSize() > MAX_GO_MOD) {
                invalid.add(full + ": go.mod file too large (max size is " + MAX_GO_MOD + " bytes)");
            } else if (name.equals("LICENSE") && zf.getSize() > MAX_LICENSE) {
                invalid.add(full + ": LICENSE file too large (max size is " + MAX_LICENSE + " bytes)");
            }
        }
        return invalid;
    }

    private record Folded(String path, boolean isDir) {
    }

    /** x/mod/zip's collisionChecker, on the name and each of its parent folders. */
    private static String collision(Map<String, Folded> seen, String p, boolean isDir) {
        String fold = fold(p);
        Folded other = seen.get(fold);
        if (other != null) {
            if (!p.equals(other.path())) {
                return "case-insensitive file name collision: \"" + other.path() + "\" and \"" + p + "\"";
            }
            if (isDir != other.isDir()) {
                return "entry \"" + p + "\" is both a file and a directory";
            }
            if (!isDir) {
                return "multiple entries for file \"" + p + "\"";
            }
        } else {
            seen.put(fold, new Folded(p, isDir));
        }
        int slash = p.lastIndexOf('/');
        return slash > 0 ? collision(seen, p.substring(0, slash), true) : null;
    }

    /** Close to x/mod's strToFold: each rune to one case-insensitive representative. */
    private static String fold(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(c -> out.appendCodePoint(Character.toLowerCase(Character.toUpperCase(c))));
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** Whether {@code path.Clean(name) == name}, Go's lexical cleaning. */
    private static boolean isClean(String name) {
        return goClean(name).equals(name);
    }

    /** Go's {@code path.Clean}: drops empty and "." elements and each ".." with the element before it. */
    static String goClean(String p) {
        if (p.isEmpty()) {
            return ".";
        }
        boolean rooted = p.startsWith("/");
        java.util.ArrayDeque<String> out = new java.util.ArrayDeque<>();
        for (String elem : p.split("/", -1)) {
            if (elem.isEmpty() || elem.equals(".")) {
                continue;
            }
            if (elem.equals("..")) {
                if (!out.isEmpty() && !out.peekLast().equals("..")) {
                    out.removeLast();
                } else if (!rooted) {
                    out.addLast("..");
                }
                continue;
            }
            out.addLast(elem);
        }
        String joined = String.join("/", out);
        return rooted ? "/" + joined : joined.isEmpty() ? "." : joined;
    }
}
