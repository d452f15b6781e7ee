package io.modcache.ui.treemap;

/** One colour of the treemap's legend and what it means. */
public record LegendEntry(String label, int argb) {
}
