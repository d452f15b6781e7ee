package io.modcache.select;

import java.time.Duration;
import java.time.Instant;

/** How long ago a version was last used, in the steps the overview and the treemap show. */
public enum AgeBucket {
    WEEK("last week", Duration.ofDays(7)),
    MONTH("last month", Duration.ofDays(30)),
    QUARTER("last 3 months", Duration.ofDays(91)),
    YEAR("last year", Duration.ofDays(365)),
    OLDER("over a year ago", null),
    UNKNOWN("unknown", null);

    private final String words;
    private final Duration within;

    AgeBucket(String words, Duration within) {
        this.words = words;
        this.within = within;
    }

    /** The bucket of a version last used at {@code age} (null: unknown). */
    public static AgeBucket of(Instant age, Instant now) {
        if (age == null) {
            return UNKNOWN;
        }
        for (AgeBucket b : values()) {
            if (b.within != null && !age.isBefore(now.minus(b.within))) {
                return b;
            }
        }
        return OLDER;
    }

    public String words() {
        return words;
    }
}
