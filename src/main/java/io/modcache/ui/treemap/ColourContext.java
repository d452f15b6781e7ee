package io.modcache.ui.treemap;

import io.modcache.system.AccessTimeTracking;

import java.time.Instant;
import java.util.Map;

/**
 * What colouring a tile needs besides its row: the time now, whether access times are recorded,
 * whether projects are named, and the colour of each module host (the largest hosts get their own).
 */
record ColourContext(Instant now, AccessTimeTracking tracking, boolean hasProjects, Map<String, Integer> hostColours) {
}
