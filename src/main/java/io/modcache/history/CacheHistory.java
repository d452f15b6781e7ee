package io.modcache.history;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The recorded totals of one cache, oldest first: the history file's content and the
 * {@code history --json} output alike.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CacheHistory(String cacheRoot, List<HistoryRecord> scans) {

    public CacheHistory {
        scans = scans == null ? List.of() : List.copyOf(scans);
    }

    /** The latest record, if any. */
    public Optional<HistoryRecord> latest() {
        return scans.isEmpty() ? Optional.empty() : Optional.of(scans.get(scans.size() - 1));
    }

    /** How the latest record differs from the one before it. */
    public record Change(Instant since, long versions, long bytes) {
    }

    /** The change "since last scan": the latest record against the one before it, if there are two. */
    public Optional<Change> change() {
        return previous().map(before -> {
            HistoryRecord now = scans.get(scans.size() - 1);
            return new Change(before.scannedAt(), now.versions() - before.versions(), now.bytes() - before.bytes());
        });
    }

    /** The record before the latest, if any: what "since last scan" compares with. */
    public Optional<HistoryRecord> previous() {
        return scans.size() < 2 ? Optional.empty() : Optional.of(scans.get(scans.size() - 2));
    }
}
