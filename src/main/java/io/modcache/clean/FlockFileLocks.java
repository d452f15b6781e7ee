package io.modcache.clean;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import io.modcache.fs.FileKind;
import io.modcache.fs.UnsafeFileException;

import java.io.IOException;
import java.nio.file.Path;

/**
 * {@code flock(2)} through JNA, on a descriptor opened as go's lockedfile opens it, except that a
 * lock file that is a link or anything but a regular file is refused: it is checked with
 * {@code lstat} and opened with {@code O_NOFOLLOW}. The caller checks the folders above it.
 */
final class FlockFileLocks implements FileLocks {

    private static final int LOCK_EX = 2;
    private static final int LOCK_NB = 4;
    private static final int EINTR = 4;

    private final OpenFlags flags;

    interface LibC extends Library {
        int open(String path, int flags, int mode) throws LastErrorException;

        int flock(int fd, int operation) throws LastErrorException;

        int close(int fd) throws LastErrorException;
    }

    private static final class Holder {
        static final LibC LIBC = Native.load(Platform.C_LIBRARY_NAME, LibC.class);
    }

    FlockFileLocks(OpenFlags flags) {
        this.flags = flags;
    }

    @Override
    public Held tryLock(Path file) throws IOException {
        int fd = open(file);
        try {
            if (!tryFlock(fd)) {
                closeQuietly(fd);
                return null;
            }
        } catch (IOException | RuntimeException e) {
            closeQuietly(fd);
            throw e;
        }
        return () -> close(fd, file);
    }

    private int open(Path file) throws IOException {
        FileLocks.requireRegularIfPresent(file);
        try {
            return Holder.LIBC.open(file.toString(),
                    OpenFlags.O_RDWR | flags.create() | flags.noFollow() | flags.nonBlock() | flags.cloExec(), 0666);
        } catch (LastErrorException e) {
            if (e.getErrorCode() == flags.eLoop()) {
                throw UnsafeFileException.wrongKind(file, FileKind.SYMLINK);
            }
            throw new IOException("cannot open lock file " + file + ": " + describe(e), e);
        }
    }

    private boolean tryFlock(int fd) throws IOException {
        while (true) {
            try {
                Holder.LIBC.flock(fd, LOCK_EX | LOCK_NB);
                return true;
            } catch (LastErrorException e) {
                if (e.getErrorCode() == EINTR) {
                    continue;
                }
                if (e.getErrorCode() == flags.eWouldBlock()) {
                    return false;
                }
                throw new IOException("flock failed: " + describe(e), e);
            }
        }
    }

    /** Closing the descriptor releases the flock. */
    private static void close(int fd, Path file) throws IOException {
        try {
            Holder.LIBC.close(fd);
        } catch (LastErrorException e) {
            throw new IOException("cannot release the lock on " + file + ": " + describe(e), e);
        }
    }

    private static void closeQuietly(int fd) {
        try {
            Holder.LIBC.close(fd);
        } catch (LastErrorException ignored) {
            // already failing
        }
    }

    private static String describe(LastErrorException e) {
        String m = e.getMessage();
        return m == null ? "errno " + e.getErrorCode() : m;
    }
}
