package io.modcache.cache;

import java.util.Comparator;
import java.util.regex.Pattern;

/**
 * Semantic version rules of golang.org/x/mod/semver and module: validity, canonical form and the
 * order the go command sorts versions in ({@code semver.Sort}).
 */
public final class GoVersions {

    /** {@code semver.Sort}'s order: by precedence, then by the strings (so {@code +incompatible} is stable). */
    public static final Comparator<String> ORDER = (a, b) -> {
        int c = compare(a, b);
        return c != 0 ? c : a.compareTo(b);
    };

    /** Newest first, the order the tree shows versions in. */
    public static final Comparator<String> NEWEST_FIRST = ORDER.reversed();

    private static final Pattern PSEUDO = Pattern.compile(
            "^v[0-9]+\\.(0\\.0-|\\d+\\.\\d+-([^+]*\\.)?0\\.)\\d{14}-[A-Za-z0-9]+(\\+[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?$");

    private GoVersions() {
    }

    private record Parsed(String major, String minor, String patch, String shortSuffix, String prerelease, String build) {
    }

    /** Whether {@code v} is a valid semantic version in Go's sense (a leading {@code v}, shorthands allowed). */
    public static boolean isValid(String v) {
        return parse(v) != null;
    }

    /** {@code semver.Compare}: invalid versions are equal to each other and less than valid ones. */
    public static int compare(String v, String w) {
        Parsed pv = parse(v);
        Parsed pw = parse(w);
        if (pv == null && pw == null) {
            return 0;
        }
        if (pv == null) {
            return -1;
        }
        if (pw == null) {
            return 1;
        }
        int c = compareInt(pv.major, pw.major);
        if (c == 0) {
            c = compareInt(pv.minor, pw.minor);
        }
        if (c == 0) {
            c = compareInt(pv.patch, pw.patch);
        }
        return c != 0 ? c : comparePrerelease(pv.prerelease, pw.prerelease);
    }

    /** {@code module.CanonicalVersion}: the canonical form, keeping {@code +incompatible}; "" when invalid. */
    public static String canonical(String v) {
        Parsed p = parse(v);
        if (p == null) {
            return "";
        }
        String c = "v" + p.major + "." + p.minor + "." + p.patch + p.prerelease;
        if (p.build.equals("+incompatible")) {
            c += p.build;
        }
        return c;
    }

    /** Whether {@code v} is a pseudo-version such as {@code v0.0.0-20191109021931-daa7c04131f5}. */
    public static boolean isPseudo(String v) {
        return v.chars().filter(c -> c == '-').count() >= 2 && isValid(v) && PSEUDO.matcher(v).matches();
    }

    private static Parsed parse(String v) {
        if (v == null || v.isEmpty() || v.charAt(0) != 'v') {
            return null;
        }
        int[] pos = {1};
        String major = parseInt(v, pos);
        if (major == null) {
            return null;
        }
        if (pos[0] == v.length()) {
            return new Parsed(major, "0", "0", ".0.0", "", "");
        }
        if (v.charAt(pos[0]) != '.') {
            return null;
        }
        pos[0]++;
        String minor = parseInt(v, pos);
        if (minor == null) {
            return null;
        }
        if (pos[0] == v.length()) {
            return new Parsed(major, minor, "0", ".0", "", "");
        }
        if (v.charAt(pos[0]) != '.') {
            return null;
        }
        pos[0]++;
        String patch = parseInt(v, pos);
        if (patch == null) {
            return null;
        }
        String prerelease = "";
        String build = "";
        if (pos[0] < v.length() && v.charAt(pos[0]) == '-') {
            int end = v.indexOf('+', pos[0]);
            end = end < 0 ? v.length() : end;
            prerelease = v.substring(pos[0], end);
            if (!validIdentifiers(prerelease.substring(1), true)) {
                return null;
            }
            pos[0] = end;
        }
        if (pos[0] < v.length() && v.charAt(pos[0]) == '+') {
            build = v.substring(pos[0]);
            if (!validIdentifiers(build.substring(1), false)) {
                return null;
            }
            pos[0] = v.length();
        }
        return pos[0] == v.length() ? new Parsed(major, minor, patch, "", prerelease, build) : null;
    }

    private static String parseInt(String v, int[] pos) {
        int start = pos[0];
        int i = start;
        while (i < v.length() && v.charAt(i) >= '0' && v.charAt(i) <= '9') {
            i++;
        }
        if (i == start || v.charAt(start) == '0' && i != start + 1) {
            return null;
        }
        pos[0] = i;
        return v.substring(start, i);
    }

    private static boolean validIdentifiers(String ids, boolean noLeadingZeros) {
        if (ids.isEmpty()) {
            return false;
        }
        for (String id : ids.split("\\.", -1)) {
            if (id.isEmpty()) {
                return false;
            }
            for (int i = 0; i < id.length(); i++) {
                char c = id.charAt(i);
                if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
                    return false;
                }
            }
            if (noLeadingZeros && isNum(id) && id.length() > 1 && id.charAt(0) == '0') {
                return false;
            }
        }
        return true;
    }

    private static boolean isNum(String s) {
        return s.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static int compareInt(String x, String y) {
        if (x.length() != y.length()) {
            return x.length() < y.length() ? -1 : 1;
        }
        return Integer.signum(x.compareTo(y));
    }

    private static int comparePrerelease(String x, String y) {
        if (x.equals(y)) {
            return 0;
        }
        if (x.isEmpty()) {
            return 1;
        }
        if (y.isEmpty()) {
            return -1;
        }
        String[] xs = x.substring(1).split("\\.", -1);
        String[] ys = y.substring(1).split("\\.", -1);
        for (int i = 0; i < Math.min(xs.length, ys.length); i++) {
            String dx = xs[i];
            String dy = ys[i];
            if (dx.equals(dy)) {
                continue;
            }
            boolean ix = isNum(dx);
            boolean iy = isNum(dy);
            if (ix != iy) {
                return ix ? -1 : 1;
            }
            if (ix && dx.length() != dy.length()) {
                return dx.length() < dy.length() ? -1 : 1;
            }
            return dx.compareTo(dy) < 0 ? -1 : 1;
        }
        return Integer.compare(xs.length, ys.length);
    }
}
