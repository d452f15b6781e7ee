package io.modcache.clean;

import io.modcache.concurrent.CancellationToken;
import io.modcache.fs.FileKind;
import io.modcache.fs.FileStat;
import io.modcache.fs.UnsafeFileException;
import io.modcache.system.OperatingSystem;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Exclusive locks on files, taken the way the go command's lockedfile package takes them, so a
 * running go and this program exclude each other: {@code flock(2)} on Linux and macOS (where
 * {@code FileChannel.lock} is fcntl and does not exclude go), {@code LockFileEx} on Windows.
 */
public interface FileLocks {

    /** A held lock; closing releases it. */
    interface Held extends AutoCloseable {
        @Override
        void close() throws IOException;
    }

    /**
     * Opens (creating it if needed, as go does) and locks the file if nobody holds it; null when
     * somebody does. A lock file that is a link, a pipe or a device is refused with
     * {@link io.modcache.fs.UnsafeFileException}; the caller makes sure no folder above it is a link.
     */
    Held tryLock(Path file) throws IOException;

    /**
     * Locks {@code file} exclusively, waiting while another process holds it. It polls rather
     * than blocks, so that a cancelled wait ends.
     *
     * @throws java.util.concurrent.CancellationException when cancelled while waiting
     */
    default Held lock(Path file, CancellationToken cancel) throws IOException {
        while (true) {
            Held held = tryLock(file);
            if (held != null) {
                return held;
            }
            cancel.throwIfCancelled();
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for the lock on " + file, e);
            }
        }
    }

    /** A lock file may be missing (it is created, as go creates it) or regular; a link, pipe or device is refused. */
    static void requireRegularIfPresent(Path file) throws IOException {
        try {
            FileKind kind = FileStat.of(file).kind();
            if (kind != FileKind.REGULAR) {
                throw UnsafeFileException.wrongKind(file, kind);
            }
        } catch (NoSuchFileException absent) {
            // created when locked
        }
    }

    static FileLocks forThisPlatform() {
        return OperatingSystem.current().isWindows() ? new ChannelFileLocks() : new FlockFileLocks(OpenFlags.forThisPlatform());
    }
}
