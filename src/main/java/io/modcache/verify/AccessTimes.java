package io.modcache.verify;

import io.modcache.fs.FileStat;
import io.modcache.fs.SafeFiles;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributeView;

/**
 * Verification reads every file, which would make stale modules look recently used. It reads
 * through here: only regular files, never through a link, and a file whose access time moved
 * gets its old one back (set on the file itself, never on a link's target). A version's
 * fingerprint is taken only after that, because restoring the time changes the inode change time.
 */
final class AccessTimes {

    private AccessTimes() {
    }

    /** A small regular file's content, at most {@code cap} bytes, leaving its access time as it was. */
    static byte[] readSmall(Path file, long cap) throws IOException {
        FileStat before = SafeFiles.requireRegular(file);
        byte[] data = SafeFiles.read(file, cap);
        restore(file, before);
        return data;
    }

    /** A stream over a regular file; call {@link #restore} with {@code before} after closing it. */
    static InputStream open(Path file) throws IOException {
        return SafeFiles.open(file);
    }

    /**
     * Gives a regular file back the access time of {@code before} when reading changed it. Best
     * effort: a file we may not change the times of (not our own) keeps the new time.
     */
    static void restore(Path file, FileStat before) throws IOException {
        FileStat after = FileStat.of(file);
        if (!after.isRegularFile() || after.inode() != before.inode()) {
            return; // replaced meanwhile: not the file we read
        }
        if (!after.lastAccessTime().equals(before.lastAccessTime())) {
            try {
                Files.getFileAttributeView(file, BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
                        .setTimes(after.lastModifiedTime(), before.lastAccessTime(), null);
            } catch (FileSystemException notOurs) {
                // nothing more we can do without privileges
            }
        }
    }
}
