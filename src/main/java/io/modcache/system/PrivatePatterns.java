package io.modcache.system;


import java.util.Map;
import java.util.regex.Pattern;

/**
 * GOPRIVATE, GONOPROXY and GONOSUMDB: modules matching them come from private sources and may
 * not be downloadable again once deleted. Matched as {@code module.MatchPrefixPatterns} does.
 */
public record PrivatePatterns(String goprivate, String gonoproxy, String gonosumdb) {

    public static final PrivatePatterns NONE = new PrivatePatterns("", "", "");

    /** From {@code go env} when go answered, else from the environment; GONOPROXY and GONOSUMDB default to GOPRIVATE. */
    public static PrivatePatterns from(GoEnv goEnv, Map<String, String> env) {
        String priv = value(goEnv, env, "GOPRIVATE");
        String noProxy = value(goEnv, env, "GONOPROXY");
        String noSum = value(goEnv, env, "GONOSUMDB");
        return new PrivatePatterns(priv, noProxy.isEmpty() ? priv : noProxy, noSum.isEmpty() ? priv : noSum);
    }

    private static String value(GoEnv goEnv, Map<String, String> env, String name) {
        return goEnv.available() ? goEnv.get(name).orElse("") : env.getOrDefault(name, "");
    }

    /** Which variable {@code modulePath} matches, or null. */
    public String matchingVariable(String modulePath) {
        if (matchPrefixPatterns(goprivate, modulePath)) {
            return "GOPRIVATE=" + goprivate;
        }
        if (matchPrefixPatterns(gonoproxy, modulePath)) {
            return "GONOPROXY=" + gonoproxy;
        }
        if (matchPrefixPatterns(gonosumdb, modulePath)) {
            return "GONOSUMDB=" + gonosumdb;
        }
        return null;
    }

    /** The variable that keeps {@code modulePath} away from the checksum database (GONOSUMDB, or GOPRIVATE it defaults to), or null. */
    public String noSumDbVariable(String modulePath) {
        if (!matchPrefixPatterns(gonosumdb, modulePath)) {
            return null;
        }
        return gonosumdb.equals(goprivate) ? "GOPRIVATE=" + goprivate : "GONOSUMDB=" + gonosumdb;
    }

    /** {@code module.MatchPrefixPatterns}: comma-separated globs, each matched against as many leading path elements as it has. */
    static boolean matchPrefixPatterns(String globs, String target) {
        for (String raw : globs.split(",", -1)) {
            String glob = raw.endsWith("/") ? raw.substring(0, raw.length() - 1) : raw;
            if (glob.isEmpty()) {
                continue;
            }
            int n = (int) glob.chars().filter(c -> c == '/').count();
            String prefix = target;
            for (int i = 0; i < target.length(); i++) {
                if (target.charAt(i) == '/') {
                    if (n == 0) {
                        prefix = target.substring(0, i);
                        break;
                    }
                    n--;
                }
            }
            if (n > 0) {
                continue;
            }
            if (globRegex(glob).matcher(prefix).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Go's {@code path.Match} syntax as a regular expression: * and ? never match '/'. */
    static Pattern globRegex(String glob) {
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            switch (c) {
                case '*' -> re.append("[^/]*");
                case '?' -> re.append("[^/]");
                case '\\' -> {
                    if (i + 1 < glob.length()) {
                        re.append(Pattern.quote(String.valueOf(glob.charAt(++i))));
                    }
                }
                case '[' -> {
                    int end = glob.indexOf(']', i + 1);
                    if (end < 0) {
                        re.append("\\[");
                    } else {
                        String cls = glob.substring(i + 1, end);
                        re.append('[').append(cls.startsWith("^") ? "^/" + cls.substring(1).replace("\\", "\\\\")
                                : cls.replace("\\", "\\\\")).append(']');
                        i = end;
                    }
                }
                default -> re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(re.toString());
    }
}
