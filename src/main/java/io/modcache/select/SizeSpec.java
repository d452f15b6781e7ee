package io.modcache.select;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A size as the rules take it: bytes, or a number with a unit, decimal ({@code kB MB GB TB}) or
 * binary ({@code KiB MiB GiB TiB}): {@code 500MB}, {@code 5GiB}, {@code 1.5GB}.
 *
 * @param text  as the user wrote it
 * @param bytes what it stands for
 */
public record SizeSpec(String text, long bytes) {

    private static final Pattern FORM = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([a-zA-Z]*)");
    private static final Map<String, Long> UNITS = Map.ofEntries(
            Map.entry("", 1L), Map.entry("b", 1L),
            Map.entry("kb", 1000L), Map.entry("mb", 1000_000L), Map.entry("gb", 1000_000_000L), Map.entry("tb", 1000_000_000_000L),
            Map.entry("kib", 1L << 10), Map.entry("mib", 1L << 20), Map.entry("gib", 1L << 30), Map.entry("tib", 1L << 40));

    public static SizeSpec parse(String text) {
        Matcher m = FORM.matcher(text.trim());
        Long unit = m.matches() ? UNITS.get(m.group(2).toLowerCase(Locale.ROOT)) : null;
        if (unit == null) {
            throw new IllegalArgumentException("not a size: \"" + text + "\" (write it as bytes, or with a unit: 500MB, 5GiB)");
        }
        BigDecimal bytes = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(unit));
        if (bytes.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            throw new IllegalArgumentException("too large a size: \"" + text + "\"");
        }
        return new SizeSpec(text.trim(), bytes.longValue());
    }
}
