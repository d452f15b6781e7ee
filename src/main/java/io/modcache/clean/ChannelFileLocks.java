package io.modcache.clean;


import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Windows: {@code FileChannel} locks are {@code LockFileEx}, which is what go uses there. */
final class ChannelFileLocks implements FileLocks {

    @Override
    public Held tryLock(Path file) throws IOException {
        FileLocks.requireRegularIfPresent(file);
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
