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
 * tiles are kept for the rest of the check, since every record shares the upper ones. When the
 * user asked for it, a tile go did not cache comes from the database itself; like every tile,
 * it is believed only once it hashes to a signed tree head.
 */
final class TileSource {

    /** A complete tile of height 8 is 8 KiB; anything much larger is not a tile. */
    private static final long TILE_CAP = 64L << 10;

    private final Path dir;
    private final Map<Tile, byte[]> read = new ConcurrentHashMap<>();
    private final OnlineSumdb online;

    TileSource(Path databaseDir) {
        this(databaseDir, null);
    }

    TileSource(Path databaseDir, OnlineSumdb online) {
        this.dir = databaseDir;
        this.online = online;
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
        if (data == null && online != null) {
            try {
                data = online.tile(tile);
            } catch (IOException e) {
                return null;
            }
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
