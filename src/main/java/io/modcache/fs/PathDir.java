package io.modcache.fs;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.DosFileAttributeView;
import java.util.List;

/**
 * A {@link SafeDir} by path, for platforms without secure directory streams (Windows): each
 * entry is checked with {@code lstat} before it is used, and read-only attributes are cleared
 * before deleting, as Windows requires.
 */
final class PathDir extends SafeDir {

    PathDir(Path path) {
        super(path);
    }

    @Override
    public BasicFileAttributes stat(Path name) throws IOException {
        return Files.readAttributes(path().resolve(name), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    }

    @Override
    SafeDir openChecked(Path name) throws IOException {
        return new PathDir(path().resolve(name));
    }

    @Override
    SafeDir reopen() {
        return new PathDir(path());
    }

    @Override
    public void createNew(Path name) throws IOException {
        Files.newByteChannel(path().resolve(name), java.util.Set.of(java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)).close();
    }

    @Override
    public void deleteFile(Path name) throws IOException {
        Path p = path().resolve(name);
        clearReadOnly(p);
        Files.delete(p);
    }

    @Override
    public void deleteDirectory(Path name) throws IOException {
        Files.delete(path().resolve(name));
    }

    @Override
    public List<Path> names() throws IOException {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(path())) {
            return namesOf(s);
        }
    }

    @Override
    void makeWritable() throws IOException {
        java.nio.file.attribute.PosixFileAttributeView posix = Files.getFileAttributeView(path(),
                java.nio.file.attribute.PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        if (posix != null) {
            java.util.Set<java.nio.file.attribute.PosixFilePermission> perms =
                    java.util.EnumSet.copyOf(posix.readAttributes().permissions());
            if (perms.add(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE)
                    | perms.add(java.nio.file.attribute.PosixFilePermission.OWNER_EXECUTE)) {
                posix.setPermissions(perms);
            }
        } else {
            clearReadOnly(path());
        }
    }

    private static void clearReadOnly(Path p) throws IOException {
        DosFileAttributeView dos = Files.getFileAttributeView(p, DosFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        if (dos != null && !Files.isSymbolicLink(p)) {
            dos.setReadOnly(false);
        }
    }

    @Override
    public void close() {
        // nothing held open
    }
}
