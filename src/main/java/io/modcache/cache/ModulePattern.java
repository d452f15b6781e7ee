package io.modcache.cache;

import java.util.regex.Pattern;

/**
 * A command-line selection of module versions: {@code PATH}, {@code PATH@VERSION}, or a pattern
 * with go's {@code ...} wildcard ({@code golang.org/x/...} matches golang.org/x and everything
 * below it).
 */
public final class ModulePattern {

    private final String text;
    private final Pattern path;
    private final String version;

    private ModulePattern(String text, Pattern path, String version) {
        this.text = text;
        this.path = path;
        this.version = version;
    }

    public static ModulePattern parse(String text) {
        int at = text.lastIndexOf('@');
        String pathPart = at < 0 ? text : text.substring(0, at);
        String version = at < 0 ? null : text.substring(at + 1);
        StringBuilder re = new StringBuilder();
        String rest = pathPart;
        while (!rest.isEmpty()) {
            int dots = rest.indexOf("...");
            if (dots < 0) {
                re.append(Pattern.quote(rest));
                break;
            }
            String before = rest.substring(0, dots);
            if (before.endsWith("/") && (dots + 3 == rest.length() || rest.charAt(dots + 3) == '/')) {
                re.append(Pattern.quote(before.substring(0, before.length() - 1))).append("(/.*)?");
            } else {
                re.append(Pattern.quote(before)).append(".*");
            }
            rest = rest.substring(dots + 3);
        }
        return new ModulePattern(text, Pattern.compile(re.toString()), version);
    }

    public boolean matches(ModuleVersion v) {
        return path.matcher(v.path()).matches() && (version == null || version.equals(v.version()));
    }

    public boolean hasWildcard() {
        return text.contains("...");
    }

    @Override
    public String toString() {
        return text;
    }
}
