package io.modcache.ui.model;

import java.util.List;
import java.util.Set;

/**
 * One batch of changes to the {@link CacheModel}: rows added and removed, rows whose values
 * changed, or everything cleared (a new scan).
 */
public record CacheChange(List<CacheRow> added, List<CacheRow> removed, Set<CacheRow> updated, boolean cleared) {
}
