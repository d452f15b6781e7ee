package io.modcache.select;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An age as the rules take it: a whole number and a unit, {@code 36h}, {@code 90d}, {@code 12w},
 * {@code 1y} (365 days).
 *
 * @param text     as the user wrote it
 * @param duration what it stands for
 */
public record AgeSpec(String text, Duration duration) {

    private static final Pattern FORM = Pattern.compile("(\\d{1,6})([hdwy])");

    public static AgeSpec parse(String text) {
        Matcher m = FORM.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not an age: \"" + text + "\" (write it as 36h, 90d, 12w or 1y)");
        }
        long n = Long.parseLong(m.group(1));
        Duration d = switch (m.group(2)) {
            case "h" -> Duration.ofHours(n);
            case "d" -> Duration.ofDays(n);
            case "w" -> Duration.ofDays(7 * n);
            default -> Duration.ofDays(365 * n);
        };
        return new AgeSpec(text.trim(), d);
    }

    /** In words: "90 days", "12 weeks". */
    public String words() {
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            return text;
        }
        long n = Long.parseLong(m.group(1));
        String unit = switch (m.group(2)) {
            case "h" -> "hour";
            case "d" -> "day";
            case "w" -> "week";
            default -> "year";
        };
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
