package io.modcache.ui.common;

import io.modcache.text.Text;
import io.modcache.history.CacheHistory;
import io.modcache.text.ByteSizes;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How the window shows times, sizes and counts, the same way everywhere. */
public final class Formats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private Formats() {
    }

    /** Local time, to the minute; empty for null. */
    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(ZoneId.systemDefault()));
    }

    /** Local date; empty for null. */
    public static String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(ZoneId.systemDefault()));
    }

    /** A count with thousands separators: 290,649. */
    public static String count(long n) {
        return Text.count(n);
    }

    /** A count with its noun, singular or plural as the count needs: "1 version", "2,880 versions"; {@code key} is one of the bundle's {@code count.*}. */
    public static String counted(String key, long n) {
        return Text.counted(key, n);
    }

    /** "Since 2026-11-20 09:14: +3 versions, +12.0 MiB", or "No change since 2026-11-20 09:14". */
    public static String change(CacheHistory.Change c) {
        if (c.versions() == 0 && c.bytes() == 0) {
            return Text.get("change.none", dateTime(c.since()));
        }
        return Text.get("change.since", dateTime(c.since()), signed(c.versions(), count(Math.abs(c.versions()))),
                Math.abs(c.versions()), signed(c.bytes(), bytes(Math.abs(c.bytes()))));
    }

    private static String signed(long n, String magnitude) {
        return (n < 0 ? "−" : "+") + magnitude;
    }

    /** Bytes in binary units, as du -h shows them: 7.3 GiB. */
    public static String bytes(long n) {
        return ByteSizes.format(n);
    }
}
