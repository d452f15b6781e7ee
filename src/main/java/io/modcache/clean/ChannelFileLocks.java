package io.modcache.clean;

import io.modcache.fs.FileKind;
import io.modcache.fs.FileStat;
import io.modcache.fs.UnsafeFileException;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Windows: {@code FileChannel} locks are {@code LockFileEx}, which is what go uses there. */
final class ChannelFileLocks implements FileLocks {

    @Override
    public Held tryLock(Path file) throws IOException {
        try {
            FileKind kind = FileStat.of(file).kind();
            if (kind != FileKind.REGULAR) {
                throw UnsafeFileException.wrongKind(file, kind);
            }
        } catch (NoSuchFileException absent) {
            // created below, as go creates it
        }
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            channel.close();
            return null;
        }
        return () -> {
            try {
                lock.release();
            } finally {
                channel.close();
            }
        };
    }
}
