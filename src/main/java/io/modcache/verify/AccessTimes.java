package io.modcache.verify;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributeView;

/**
 * Verification reads every file, which would make stale modules look recently used. After
 * reading, a file whose access time moved gets its old one back. A version's fingerprint is taken
 * only after that, because restoring the time changes the inode change time.
 */
final class AccessTimes {

    private AccessTimes() {
    }

    /**
     * Gives the file back the access time of {@code before} when reading changed it. Best effort:
     * a file we may not change the times of (not our own) keeps the new time.
     */
    static void restore(Path file, FileStamp before) throws IOException {
        FileStamp after = FileStamp.of(before.name(), file);
        if (!after.atime().equals(before.atime())) {
            try {
                Files.getFileAttributeView(file, BasicFileAttributeView.class).setTimes(after.mtime(), before.atime(), null);
            } catch (java.nio.file.FileSystemException notOurs) {
                // nothing more we can do without privileges
            }
        }
    }
}
