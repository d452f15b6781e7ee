package io.modcache.ui.treemap;

import io.modcache.cache.EntryId;
import io.modcache.ui.common.Palette;
import io.modcache.ui.model.CacheModel;
import io.modcache.ui.model.CacheRow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the treemap lays out: the cache's modules and versions as a tree of weighted, coloured nodes. */
final class TreemapTiles {

    private TreemapTiles() {
    }

    /** Age is measured from now; hosts get the categorical colours by their bytes, largest first. */
    static ColourContext context(CacheModel cache) {
        Map<String, Long> hostBytes = new LinkedHashMap<>();
        cache.modules().forEach(m -> hostBytes.merge(TreemapColouring.host(m.name()), m.bytes(), Long::sum));
        Map<String, Integer> hostColours = new LinkedHashMap<>();
        hostBytes.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(Palette.HOSTS.length)
                .forEach(e -> hostColours.put(e.getKey(), Palette.HOSTS[hostColours.size()]));
        return new ColourContext(Instant.now(), cache.trackingProperty().get(), cache.needsProperty().get().hasProjects(), hostColours);
    }

    /**
     * The tiles to show: hosts (when grouping by them), modules, versions; other entries at the top
     * of the whole cache. {@code z} is what is zoomed into: null, a host or a module.
     */
    static TreemapNode<Object> of(CacheModel cache, TreemapColouring by, Object z, boolean groupByHost, ColourContext context) {
        Map<String, List<TreemapNode<Object>>> byHost = new LinkedHashMap<>();
        List<TreemapNode<Object>> top = new ArrayList<>();
        for (CacheRow module : cache.modules()) {
            String host = TreemapColouring.host(module.name());
            if (z instanceof TreemapViewModel.Host h && !h.name().equals(host) || z instanceof EntryId.Module m && !m.path().equals(module.name())) {
                continue;
            }
            List<TreemapNode<Object>> versions = module.versions().stream()
                    .map(v -> TreemapNode.<Object>leaf(v.id(), v.name(), v.bytes(), by.colour(v, context))).toList();
            if (z instanceof EntryId.Module) {
                return TreemapNode.group(null, "", 0, versions);
            }
            TreemapNode<Object> group = TreemapNode.group(module.id(), module.name(), TreemapColouring.MODULE_FRAME, versions);
            if (groupByHost) {
                byHost.computeIfAbsent(host, k -> new ArrayList<>()).add(group);
            } else {
                top.add(group);
            }
        }
        byHost.forEach((host, modules) -> top.add(TreemapNode.group(new TreemapViewModel.Host(host), host, TreemapColouring.HOST_FRAME, modules)));
        if (z == null) {
            cache.others().forEach(o -> top.add(TreemapNode.leaf(o.id(), o.name(), o.bytes(), by.colour(o, context))));
        }
        return TreemapNode.group(null, "", 0, top);
    }
}
