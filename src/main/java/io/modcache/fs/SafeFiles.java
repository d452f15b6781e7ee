package io.modcache.fs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Set;

/**
 * Reading files that may be hostile: only regular files are opened (checked with {@code lstat}
 * first, then opened with {@code O_NOFOLLOW}), so a named pipe cannot hang a read, a device cannot
 * feed it forever, and a link cannot lead it outside; small files are read with a cap.
 */
public final class SafeFiles {

    /** go.mod files: x/mod/zip's MaxGoMod. */
    public static final long MOD_CAP = 16L << 20;
    /** {@code .info} JSON: a few hundred bytes in practice. */
    public static final long INFO_CAP = 1L << 20;
    /** {@code .ziphash}: one {@code h1:} line. */
    public static final long ZIPHASH_CAP = 4L << 10;
    /** go.sum, go.work.sum, go.mod and go.work files of the user's projects. */
    public static final long PROJECT_FILE_CAP = 64L << 20;
    /** The app's own settings, history and index files. */
    public static final long OWN_FILE_CAP = 256L << 20;

    private SafeFiles() {
    }

    /** The stat of {@code file}, which must be a regular file (not a link to one). */
    public static FileStat requireRegular(Path file) throws IOException {
        FileStat stat = FileStat.of(file);
        if (stat.kind() != FileKind.REGULAR) {
            throw UnsafeFileException.wrongKind(file, stat.kind());
        }
        return stat;
    }

    /** The whole content of a regular file of at most {@code cap} bytes. */
    public static byte[] read(Path file, long cap) throws IOException {
        FileStat stat = requireRegular(file);
        if (stat.size() > cap) {
            throw new FileTooLargeException(file, stat.size(), cap);
        }
        try (SeekableByteChannel ch = openChannel(file)) {
            // The size may have changed since the stat: read one byte more than allowed to tell.
            ByteBuffer buf = ByteBuffer.allocate((int) Math.min(cap + 1, Math.max(stat.size() + 1, 8192)));
            while (ch.read(buf) >= 0) {
                if (!buf.hasRemaining()) {
                    if (buf.capacity() > cap) {
                        throw new FileTooLargeException(file, ch.size(), cap);
                    }
                    buf = ByteBuffer.allocate((int) Math.min(cap + 1, (long) buf.capacity() * 2)).put(buf.flip());
                }
            }
            return Arrays.copyOf(buf.array(), buf.position());
        }
    }

    /** A stream over a regular file, opened without following links. */
    public static InputStream open(Path file) throws IOException {
        requireRegular(file);
        return Channels.newInputStream(openChannel(file));
    }

    private static SeekableByteChannel openChannel(Path file) throws IOException {
        return Files.newByteChannel(file, Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS));
    }
}
