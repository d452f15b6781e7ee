package io.modcache.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A file's attributes read with one {@code lstat}, links not followed, including where the
 * platform has them the inode change time and inode number (which say whether content may have
 * changed without the modification time showing it).
 */
public final class FileStat implements BasicFileAttributes {

    private static final String UNIX_ATTRIBUTES =
            "unix:size,lastModifiedTime,lastAccessTime,ctime,ino,isRegularFile,isDirectory,isSymbolicLink";
    private static volatile boolean unixViewAvailable = true;

    private final long size;
    private final FileTime modified;
    private final FileTime accessed;
    private final long ctimeNanos;
    private final long inode;
    private final boolean regular;
    private final boolean directory;
    private final boolean link;
    private final Object key;

    private FileStat(long size, FileTime modified, FileTime accessed, long ctimeNanos, long inode, boolean regular,
                     boolean directory, boolean link, Object key) {
        this.size = size;
        this.modified = modified;
        this.accessed = accessed;
        this.ctimeNanos = ctimeNanos;
        this.inode = inode;
        this.regular = regular;
        this.directory = directory;
        this.link = link;
        this.key = key;
    }

    public static FileStat of(Path path) throws IOException {
        if (unixViewAvailable) {
            try {
                Map<String, Object> a = Files.readAttributes(path, UNIX_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
                return new FileStat((Long) a.get("size"), (FileTime) a.get("lastModifiedTime"), (FileTime) a.get("lastAccessTime"),
                        ((FileTime) a.get("ctime")).to(TimeUnit.NANOSECONDS), (Long) a.get("ino"), (Boolean) a.get("isRegularFile"),
                        (Boolean) a.get("isDirectory"), (Boolean) a.get("isSymbolicLink"), a.get("ino"));
            } catch (UnsupportedOperationException | IllegalArgumentException e) {
                unixViewAvailable = false;
            }
        }
        BasicFileAttributes b = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        return new FileStat(b.size(), b.lastModifiedTime(), b.lastAccessTime(), 0, 0, b.isRegularFile(), b.isDirectory(),
                b.isSymbolicLink(), b.fileKey());
    }

    public long mtimeNanos() {
        return modified.to(TimeUnit.NANOSECONDS);
    }

    /** Inode change time, or 0 where the platform does not tell. */
    public long ctimeNanos() {
        return ctimeNanos;
    }

    /** Inode number, or 0 where the platform does not tell. */
    public long inode() {
        return inode;
    }

    @Override
    public FileTime lastModifiedTime() {
        return modified;
    }

    @Override
    public FileTime lastAccessTime() {
        return accessed;
    }

    @Override
    public FileTime creationTime() {
        return modified;
    }

    @Override
    public boolean isRegularFile() {
        return regular;
    }

    @Override
    public boolean isDirectory() {
        return directory;
    }

    @Override
    public boolean isSymbolicLink() {
        return link;
    }

    @Override
    public boolean isOther() {
        return !regular && !directory && !link;
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public Object fileKey() {
        return key;
    }
}
