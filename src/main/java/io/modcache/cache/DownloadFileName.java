package io.modcache.cache;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a file in {@code cache/download/<path>/@v/} is, judged by its name the way the go command
 * names them: {@code <version>.<ext>}, {@code list}, and temporary files of interrupted writes
 * ({@code <version>.zip123456.tmp} from go 1.16+, {@code <version>.mod.tmp123456} from older go).
 *
 * @param kind           what the file is
 * @param escapedVersion the version it belongs to, for version files
 */
public record DownloadFileName(Kind kind, String escapedVersion) {

    public enum Kind { MODULE_LIST, VERSION_PART, TEMP, UNKNOWN }

    private static final Map<String, CachePart> EXTENSIONS = Map.of(
            "info", CachePart.INFO,
            "mod", CachePart.MOD,
            "zip", CachePart.ZIP,
            "ziphash", CachePart.ZIPHASH,
            "lock", CachePart.LOCK,
            "partial", CachePart.PARTIAL);

    private static final Pattern TEMP = Pattern.compile("^(.+)\\.(info|mod|zip|ziphash)(\\d*\\.tmp|\\.tmp\\d*|\\.tmp-\\d+)$");

    public static DownloadFileName classify(String name) {
        if (name.equals("list") || name.equals("list.lock")) {
            return new DownloadFileName(Kind.MODULE_LIST, null);
        }
        Matcher temp = TEMP.matcher(name);
        if (temp.matches()) {
            return new DownloadFileName(Kind.TEMP, temp.group(1));
        }
        int dot = name.lastIndexOf('.');
        if (dot > 0 && EXTENSIONS.containsKey(name.substring(dot + 1))) {
            return new DownloadFileName(Kind.VERSION_PART, name.substring(0, dot));
        }
        return new DownloadFileName(Kind.UNKNOWN, null);
    }

    /** The part a {@link Kind#VERSION_PART} or {@link Kind#TEMP} file name stands for. */
    public static CachePart partOf(String name) {
        if (TEMP.matcher(name).matches()) {
            return CachePart.TEMP;
        }
        return EXTENSIONS.get(name.substring(name.lastIndexOf('.') + 1));
    }
}
