package io.modcache.sumdb;

import io.modcache.fs.SafeFiles;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tiles go cached for one database ({@code cache/download/sumdb/<name>/tile/...}): go saves
 * only tiles it authenticated, and, as go does, a partial tile missing from the cache is the
 * prefix of the complete one when that is there. Regular files only, read with a cap; read
 * tiles are kept for the rest of the check, since every record shares the upper ones.
 */
final class TileSource {

    /** A complete tile of height 8 is 8 KiB; anything much larger is not a tile. */
    private static final long TILE_CAP = 64L << 10;

    private final Path dir;
    private final Map<Tile, byte[]> read = new ConcurrentHashMap<>();

    TileSource(Path databaseDir) {
        this.dir = databaseDir;
    }

    /** The tile's data, or null when go did not cache it. */
    byte[] read(Tile tile) throws IOException {
        byte[] known = read.get(tile);
        if (known != null) {
            return known;
        }
        byte[] data = file(tile);
        if (data == null && !tile.complete()) {
            byte[] full = file(tile.full());
            data = full == null || full.length < tile.w() * Tlog.HASH_SIZE ? null : Arrays.copyOf(full, tile.w() * Tlog.HASH_SIZE);
        }
        if (data != null) {
            read.put(tile, data);
        }
        return data;
    }

    private byte[] file(Tile tile) throws IOException {
        try {
            return SafeFiles.read(dir.resolve(tile.path()), TILE_CAP);
        } catch (NoSuchFileException e) {
            return null;
        }
    }
}
