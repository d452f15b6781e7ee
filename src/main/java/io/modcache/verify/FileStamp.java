package io.modcache.verify;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;

/**
 * What identifies a file's content without reading it: size, modification time and, where the
 * platform has them, change time and inode. Any write to the file changes one of them.
 *
 * @param name       the file's name within its version
 * @param size       bytes
 * @param mtimeNanos modification time
 * @param ctimeNanos inode change time, or 0 where unknown
 * @param inode      inode number, or 0 where unknown
 * @param atime      access time (not part of the identity; kept to restore it after reading)
 * @param regular    whether it is a regular file
 */
public record FileStamp(String name, long size, long mtimeNanos, long ctimeNanos, long inode, FileTime atime, FileTime mtime,
                        boolean regular, boolean directory) {

    private static volatile boolean unixViewAvailable = true;

    /** Reads a file's stamp without following links. */
    public static FileStamp of(String name, Path file) throws IOException {
        if (unixViewAvailable) {
            try {
                Map<String, Object> a = Files.readAttributes(file,
                        "unix:size,lastModifiedTime,lastAccessTime,ctime,ino,isRegularFile,isDirectory", LinkOption.NOFOLLOW_LINKS);
                FileTime mtime = (FileTime) a.get("lastModifiedTime");
                return new FileStamp(name, (Long) a.get("size"), nanos(mtime), nanos((FileTime) a.get("ctime")),
                        (Long) a.get("ino"), (FileTime) a.get("lastAccessTime"), mtime, (Boolean) a.get("isRegularFile"),
                        (Boolean) a.get("isDirectory"));
            } catch (UnsupportedOperationException | IllegalArgumentException e) {
                unixViewAvailable = false;
            }
        }
        BasicFileAttributes b = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        return new FileStamp(name, b.size(), nanos(b.lastModifiedTime()), 0, 0, b.lastAccessTime(), b.lastModifiedTime(),
                b.isRegularFile(), b.isDirectory());
    }

    private static long nanos(FileTime t) {
        return t.to(java.util.concurrent.TimeUnit.NANOSECONDS);
    }

}
