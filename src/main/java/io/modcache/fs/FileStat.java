package io.modcache.fs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A file's attributes read with one {@code lstat}, links not followed: its kind (a named pipe is
 * told from a device), its link count, and where the platform has them the inode change time and
 * inode number (which say whether content may have changed without the modification time showing it).
 */
public final class FileStat implements BasicFileAttributes {

    private static final String UNIX_ATTRIBUTES = "unix:mode,size,lastModifiedTime,lastAccessTime,ctime,ino,nlink";
    private static volatile boolean unixViewAvailable = true;

    /** Seconds beyond which seconds and nanoseconds no longer fit one count of nanoseconds. */
    private static final long NANOS_FIT_SECONDS = Long.MAX_VALUE / 1_000_000_000L - 1;

    private final FileKind kind;
    private final long size;
    // Times as the JDK gave them, or as seconds and nanoseconds (the C library's), made into a
    // FileTime only when asked for: a scan reads hundreds of thousands and needs only numbers.
    private final FileTime modified;
    private final FileTime accessed;
    private final long mtimeSec;
    private final long mtimeNsec;
    private final long atimeSec;
    private final long atimeNsec;
    private final long ctimeNanos;
    private final long inode;
    private final int links;

    private FileStat(FileKind kind, long size, FileTime modified, FileTime accessed, long ctimeNanos, long inode, int links) {
        this(kind, size, modified, accessed, 0, 0, 0, 0, ctimeNanos, inode, links);
    }

    private FileStat(FileKind kind, long size, FileTime modified, FileTime accessed, long mtimeSec, long mtimeNsec,
                     long atimeSec, long atimeNsec, long ctimeNanos, long inode, int links) {
        this.kind = kind;
        this.size = size;
        this.modified = modified;
        this.accessed = accessed;
        this.mtimeSec = mtimeSec;
        this.mtimeNsec = mtimeNsec;
        this.atimeSec = atimeSec;
        this.atimeNsec = atimeNsec;
        this.ctimeNanos = ctimeNanos;
        this.inode = inode;
        this.links = links;
    }

    /** The attributes of {@code path} itself (a link is described, not followed). */
    public static FileStat of(Path path) throws IOException {
        if (unixViewAvailable) {
            try {
                Map<String, Object> a = Files.readAttributes(path, UNIX_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
                return new FileStat(FileKind.ofMode((Integer) a.get("mode")), (Long) a.get("size"),
                        (FileTime) a.get("lastModifiedTime"), (FileTime) a.get("lastAccessTime"),
                        ((FileTime) a.get("ctime")).to(TimeUnit.NANOSECONDS), (Long) a.get("ino"), (Integer) a.get("nlink"));
            } catch (UnsupportedOperationException | IllegalArgumentException e) {
                unixViewAvailable = false;
            }
        }
        return of(Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
    }

    /**
     * Kind, size and times only, for a listing that needs no fingerprint: the JDK reads them with
     * one {@code lstat} and no attribute map. A special file is read again to tell a pipe from a device.
     */
    public static FileStat basic(Path path) throws IOException {
        BasicFileAttributes b = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        return b.isOther() ? of(path) : of(b);
    }

    /**
     * From the fields of a {@code stat} (or {@code statx}) read elsewhere, with the times made
     * exactly as the JDK makes them, so both ways of reading a file give equal values.
     */
    public static FileStat of(int mode, long size, long mtimeSec, long mtimeNsec, long atimeSec, long atimeNsec,
                              long ctimeSec, long ctimeNsec, long inode, int links) {
        return new FileStat(FileKind.ofMode(mode), size, null, null, mtimeSec, mtimeNsec, atimeSec, atimeNsec,
                nanos(ctimeSec, ctimeNsec), inode, links);
    }

    /** {@code fileTime(sec, nsec).to(NANOSECONDS)}, without making the FileTime in any real file's range. */
    private static long nanos(long sec, long nsec) {
        if (fits(sec, nsec)) {
            return sec * 1_000_000_000L + nsec;
        }
        return fileTime(sec, nsec).to(TimeUnit.NANOSECONDS);
    }

    private static boolean fits(long sec, long nsec) {
        return sec >= -NANOS_FIT_SECONDS && sec <= NANOS_FIT_SECONDS && nsec >= 0 && nsec < 1_000_000_000L;
    }

    /** {@code fileTime(sec, nsec).toMillis()}, likewise: a count of nanoseconds is cut toward zero. */
    private static long millis(long sec, long nsec) {
        if (fits(sec, nsec)) {
            return nsec == 0 ? sec * 1000 : (sec * 1_000_000_000L + nsec) / 1_000_000L;
        }
        return fileTime(sec, nsec).toMillis();
    }

    /** As {@code sun.nio.fs.UnixFileAttributes} turns seconds and nanoseconds into a time. */
    private static FileTime fileTime(long sec, long nsec) {
        if (nsec == 0) {
            return FileTime.from(sec, TimeUnit.SECONDS);
        }
        try {
            return FileTime.from(Math.addExact(nsec, Math.multiplyExact(sec, 1_000_000_000L)), TimeUnit.NANOSECONDS);
        } catch (ArithmeticException tooFar) {
            return FileTime.from(sec * 1_000_000L + nsec / 1_000L, TimeUnit.MICROSECONDS);
        }
    }

    /** From attributes read elsewhere (no change time, inode or link count: they read as 0, 0 and 1). */
    public static FileStat of(BasicFileAttributes b) {
        FileKind kind = b.isRegularFile() ? FileKind.REGULAR : b.isDirectory() ? FileKind.DIRECTORY
                : b.isSymbolicLink() ? FileKind.SYMLINK : FileKind.OTHER;
        return new FileStat(kind, b.size(), b.lastModifiedTime(), b.lastAccessTime(), 0, 0, 1);
    }

    public FileKind kind() {
        return kind;
    }

    public long mtimeNanos() {
        return modified != null ? modified.to(TimeUnit.NANOSECONDS) : nanos(mtimeSec, mtimeNsec);
    }

    /** {@code lastAccessTime().toMillis()}, without making a FileTime. */
    public long atimeMillis() {
        return accessed != null ? accessed.toMillis() : millis(atimeSec, atimeNsec);
    }

    /** Inode change time, or 0 where the platform does not tell. */
    public long ctimeNanos() {
        return ctimeNanos;
    }

    /** Inode number, or 0 where the platform does not tell. */
    public long inode() {
        return inode;
    }

    /** Number of hard links; more than one means the same content is reachable from elsewhere. */
    public int links() {
        return links;
    }

    @Override
    public FileTime lastModifiedTime() {
        return modified != null ? modified : fileTime(mtimeSec, mtimeNsec);
    }

    @Override
    public FileTime lastAccessTime() {
        return accessed != null ? accessed : fileTime(atimeSec, atimeNsec);
    }

    @Override
    public FileTime creationTime() {
        return lastModifiedTime();
    }

    @Override
    public boolean isRegularFile() {
        return kind == FileKind.REGULAR;
    }

    @Override
    public boolean isDirectory() {
        return kind == FileKind.DIRECTORY;
    }

    @Override
    public boolean isSymbolicLink() {
        return kind == FileKind.SYMLINK;
    }

    @Override
    public boolean isOther() {
        return kind != FileKind.REGULAR && kind != FileKind.DIRECTORY && kind != FileKind.SYMLINK;
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public Object fileKey() {
        return inode;
    }
}
