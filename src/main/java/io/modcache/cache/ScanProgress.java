package io.modcache.cache;

/** How far a scan has come: versions completed, regular files and bytes seen. */
public record ScanProgress(long versions, long files, long bytes) {
}
