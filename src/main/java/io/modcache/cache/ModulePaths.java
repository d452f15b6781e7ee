package io.modcache.cache;

import java.util.List;

/**
 * Module path and version escaping as golang.org/x/mod/module defines it: the module cache
 * stores upper-case letters as {@code !} followed by the lower-case letter, so that paths stay
 * unambiguous on case-insensitive file systems.
 */
public final class ModulePaths {

    private static final List<String> BAD_WINDOWS_NAMES = List.of(
            "CON", "PRN", "AUX", "NUL",
            "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
            "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

    private enum Kind { MODULE_PATH, IMPORT_PATH, FILE_PATH }

    private ModulePaths() {
    }

    /** The escaped form of a module path, as {@code module.EscapePath}. */
    public static String escapePath(String path) {
        String problem = checkPath(path);
        if (problem != null) {
            throw new InvalidModulePathException("malformed module path \"" + path + "\": " + problem);
        }
        return escapeString(path);
    }

    /** The escaped form of a version, as {@code module.EscapeVersion}. */
    public static String escapeVersion(String version) {
        if (checkElem(version, Kind.FILE_PATH) != null || version.contains("!")) {
            throw new InvalidModulePathException("version \"" + version + "\" invalid: disallowed version string");
        }
        return escapeString(version);
    }

    /** The module path an escaped cache directory name stands for, as {@code module.UnescapePath}. */
    public static String unescapePath(String escaped) {
        String path = unescapeString(escaped);
        if (path == null) {
            throw new InvalidModulePathException("invalid escaped module path \"" + escaped + "\"");
        }
        String problem = checkPath(path);
        if (problem != null) {
            throw new InvalidModulePathException("invalid escaped module path \"" + escaped + "\": " + problem);
        }
        return path;
    }

    /** The version an escaped cache file name stands for, as {@code module.UnescapeVersion}. */
    public static String unescapeVersion(String escaped) {
        String version = unescapeString(escaped);
        if (version == null) {
            throw new InvalidModulePathException("invalid escaped version \"" + escaped + "\"");
        }
        String problem = checkElem(version, Kind.FILE_PATH);
        if (problem != null) {
            throw new InvalidModulePathException("invalid escaped version \"" + version + "\": " + problem);
        }
        return version;
    }

    /** Whether {@code path} is a valid module path ({@code module.CheckPath}). */
    public static boolean isValidPath(String path) {
        return checkPath(path) == null;
    }

    /**
     * Why {@code path} is not a valid file path inside a module ({@code module.CheckFilePath}),
     * in go's words, or null when it is.
     */
    public static String checkFilePath(String path) {
        String problem = checkGeneral(path, Kind.FILE_PATH);
        return problem == null ? null : "malformed file path \"" + path + "\": " + problem;
    }

    /** Why {@code path} is not a valid module path, or null when it is. */
    static String checkPath(String path) {
        String problem = checkGeneral(path, Kind.MODULE_PATH);
        if (problem != null) {
            return problem;
        }
        int slash = path.indexOf('/');
        String first = slash < 0 ? path : path.substring(0, slash);
        if (first.isEmpty()) {
            return "leading slash";
        }
        if (!first.contains(".")) {
            return "missing dot in first path element";
        }
        if (path.charAt(0) == '-') {
            return "leading dash in first path element";
        }
        for (int i = 0; i < first.length(); i++) {
            char c = first.charAt(i);
            if (!(c == '-' || c == '.' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z')) {
                return "invalid char '" + c + "' in first path element";
            }
        }
        if (!splitPathVersionOk(path)) {
            return "invalid version";
        }
        return null;
    }

    private static String checkGeneral(String path, Kind kind) {
        if (path.isEmpty()) {
            return "empty string";
        }
        if (path.charAt(0) == '-' && kind != Kind.FILE_PATH) {
            return "leading dash";
        }
        if (path.contains("//")) {
            return "double slash";
        }
        if (path.endsWith("/")) {
            return "trailing slash";
        }
        for (String elem : path.split("/", -1)) {
            String problem = checkElem(elem, kind);
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    private static String checkElem(String elem, Kind kind) {
        if (elem.isEmpty()) {
            return "empty path element";
        }
        if (elem.chars().allMatch(c -> c == '.')) {
            return "invalid path element \"" + elem + "\"";
        }
        if (elem.charAt(0) == '.' && kind == Kind.MODULE_PATH) {
            return "leading dot in path element";
        }
        if (elem.charAt(elem.length() - 1) == '.') {
            return "trailing dot in path element";
        }
        int[] codePoints = elem.codePoints().toArray();
        for (int r : codePoints) {
            boolean ok = switch (kind) {
                case MODULE_PATH -> modPathOk(r);
                case IMPORT_PATH -> modPathOk(r) || r == '+';
                case FILE_PATH -> fileNameOk(r);
            };
            if (!ok) {
                return "invalid char '" + new String(Character.toChars(r)) + "'";
            }
        }
        String shortName = elem;
        int dot = shortName.indexOf('.');
        if (dot >= 0) {
            shortName = shortName.substring(0, dot);
        }
        for (String bad : BAD_WINDOWS_NAMES) {
            if (bad.equalsIgnoreCase(shortName)) {
                return "\"" + shortName + "\" disallowed as path element component on Windows";
            }
        }
        if (kind == Kind.FILE_PATH) {
            return null;
        }
        int tilde = shortName.lastIndexOf('~');
        if (tilde >= 0 && tilde < shortName.length() - 1
                && shortName.substring(tilde + 1).chars().allMatch(c -> c >= '0' && c <= '9')) {
            return "trailing tilde and digits in path element";
        }
        return null;
    }

    private static boolean modPathOk(int r) {
        return r == '-' || r == '.' || r == '_' || r == '~'
                || r >= '0' && r <= '9' || r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z';
    }

    private static boolean fileNameOk(int r) {
        if (r < 0x80) {
            return r >= '0' && r <= '9' || r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z'
                    || "!#$%&()+,-.=@[]^_{}~ ".indexOf(r) >= 0;
        }
        return Character.isLetter(r);
    }

    /** The {@code ok} result of {@code module.SplitPathVersion}. */
    private static boolean splitPathVersionOk(String path) {
        if (path.startsWith("gopkg.in/")) {
            return splitGopkgInOk(path);
        }
        int i = path.length();
        boolean dot = false;
        while (i > 0 && (Character.isDigit(path.charAt(i - 1)) && path.charAt(i - 1) < 0x80 || path.charAt(i - 1) == '.')) {
            if (path.charAt(i - 1) == '.') {
                dot = true;
            }
            i--;
        }
        if (i <= 1 || i == path.length() || path.charAt(i - 1) != 'v' || path.charAt(i - 2) != '/') {
            return true;
        }
        String pathMajor = path.substring(i - 2);
        return !(dot || pathMajor.length() <= 2 || pathMajor.charAt(2) == '0' || pathMajor.equals("/v1"));
    }

    private static boolean splitGopkgInOk(String path) {
        int i = path.length();
        if (path.endsWith("-unstable")) {
            i -= "-unstable".length();
        }
        while (i > 0 && path.charAt(i - 1) >= '0' && path.charAt(i - 1) <= '9') {
            i--;
        }
        if (i <= 1 || path.charAt(i - 1) != 'v' || path.charAt(i - 2) != '.') {
            return false;
        }
        String pathMajor = path.substring(i - 2);
        return !(pathMajor.length() <= 2 || pathMajor.charAt(2) == '0' && !pathMajor.equals(".v0"));
    }

    private static String escapeString(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '!' || c >= 0x80) {
                throw new InvalidModulePathException("internal error: inconsistency in EscapePath");
            }
            if (c >= 'A' && c <= 'Z') {
                out.append('!').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Returns null when {@code escaped} is not a valid escaping. */
    private static String unescapeString(String escaped) {
        StringBuilder out = new StringBuilder(escaped.length());
        boolean bang = false;
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if (c >= 0x80) {
                return null;
            }
            if (bang) {
                bang = false;
                if (c < 'a' || c > 'z') {
                    return null;
                }
                out.append(Character.toUpperCase(c));
                continue;
            }
            if (c == '!') {
                bang = true;
                continue;
            }
            if (c >= 'A' && c <= 'Z') {
                return null;
            }
            out.append(c);
        }
        return bang ? null : out.toString();
    }

}
