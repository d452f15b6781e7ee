package io.modcache.ui.treemap;

import io.modcache.cache.EntryId;
import io.modcache.text.Text;
import io.modcache.ui.common.Formats;
import io.modcache.ui.model.CacheModel;
import io.modcache.ui.model.CacheRow;

/** What a tile's tooltip says: path, version, size, last access, status, who uses it. */
final class TileDescriptions {

    private final CacheModel cache;

    TileDescriptions(CacheModel cache) {
        this.cache = cache;
    }

    String of(Tile<Object> tile) {
        Object item = tile.node().item();
        if (item instanceof TreemapViewModel.Host h) {
            return h.name() + "\n" + Formats.bytes(tile.node().weight()) + " · "
                    + Text.get("count.module", tile.node().children().size(), Formats.count(tile.node().children().size()));
        }
        CacheRow row = item instanceof EntryId id ? cache.find(id) : null;
        if (row == null) {
            return "";
        }
        String size = Formats.bytes(row.bytes()) + " · " + Formats.counted("count.file", row.filesProperty().get());
        return switch (row.kind()) {
            case MODULE -> row.name() + "\n" + size + " · " + Text.counted("count.version", row.versions().size())
                    + "\n" + row.statusProperty().get().text();
            case VERSION -> row.modulePath() + "@" + row.name() + "\n" + size
                    + "\n" + Text.get("treemap.tip.lastAccess", cache.trackingProperty().get().tracked()
                    ? Formats.dateTime(row.lastAccessProperty().get()) : Text.get("treemap.tip.notRecorded"))
                    + "\n" + Text.get("treemap.tip.downloaded", Formats.dateTime(row.downloadedProperty().get()))
                    + "\n" + row.statusProperty().get().text() + usedBy(row);
            case OTHER -> row.name() + " (" + row.versionProperty().get() + ")\n" + size;
        };
    }

    private static String usedBy(CacheRow row) {
        String text = row.usedByProperty().get().text();
        return text.isEmpty() ? "" : "\n" + Text.get("treemap.tip.usedBy", text);
    }
}
