package io.modcache.history;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.modcache.cache.CacheTotals;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The cache's totals at one moment: after a scan, or after a deletion (then {@code event} says so).
 *
 * @param scannedAt when the totals were taken, to the second
 * @param event     {@code scan} or {@code deletion}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HistoryRecord(Instant scannedAt, long modules, long versions, long files, long bytes, String event) {

    public static final String SCAN = "scan";
    public static final String DELETION = "deletion";

    public HistoryRecord {
        Objects.requireNonNull(scannedAt, "scannedAt");
        scannedAt = scannedAt.truncatedTo(ChronoUnit.SECONDS);
        event = event == null ? SCAN : event;
    }

    public static HistoryRecord of(Instant at, CacheTotals totals, String event) {
        return new HistoryRecord(at, totals.modules(), totals.versions(), totals.files(), totals.bytes(), event);
    }

    public CacheTotals totals() {
        return new CacheTotals(modules, versions, files, bytes);
    }
}
