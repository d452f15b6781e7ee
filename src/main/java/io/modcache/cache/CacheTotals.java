package io.modcache.ui.model;

/** Counts of what the {@link CacheModel} holds, as the status bar shows them. */
public record CacheTotals(long modules, long versions, long files, long bytes) {
}
