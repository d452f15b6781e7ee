package io.modcache.ui.common;

import io.modcache.history.CacheHistory;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class FormatsTest {

    private static final Instant THEN = Instant.parse("2026-11-20T09:14:00Z");

    @Test
    void aChangeSaysWhatCameAndWentWithItsSigns() {
        assertThat(Formats.change(new CacheHistory.Change(THEN, 1, 12L << 20)))
                .isEqualTo("Since " + Formats.dateTime(THEN) + ": +1 version, +12.0 MiB");
        assertThat(Formats.change(new CacheHistory.Change(THEN, -3, -(2L << 30))))
                .isEqualTo("Since " + Formats.dateTime(THEN) + ": −3 versions, −2.0 GiB");
    }

    @Test
    void noChangeSaysSoRatherThanAddingNothing() {
        assertThat(Formats.change(new CacheHistory.Change(THEN, 0, 0))).isEqualTo("No change since " + Formats.dateTime(THEN));
        assertThat(Formats.change(new CacheHistory.Change(THEN, 0, 4096))).startsWith("Since ").endsWith(": +0 versions, +4.0 KiB");
    }
}
