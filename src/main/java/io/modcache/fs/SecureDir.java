package io.modcache.fs;

import java.io.IOException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** A {@link SafeDir} on an open directory descriptor: every operation is relative to it. */
final class SecureDir extends SafeDir {

    private final SecureDirectoryStream<Path> dir;
    private boolean listed;

    SecureDir(SecureDirectoryStream<Path> dir, Path path) {
        super(path);
        this.dir = dir;
    }

    @Override
    public BasicFileAttributes stat(Path name) throws IOException {
        return dir.getFileAttributeView(name, BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS).readAttributes();
    }

    @Override
    SafeDir openChecked(Path name) throws IOException {
        // O_NOFOLLOW: had the folder become a link since it was checked, this fails.
        return new SecureDir(dir.newDirectoryStream(name, LinkOption.NOFOLLOW_LINKS), path().resolve(name));
    }

    @Override
    SafeDir reopen() throws IOException {
        return new SecureDir(dir.newDirectoryStream(path().getFileSystem().getPath("."), LinkOption.NOFOLLOW_LINKS), path());
    }

    @Override
    public void createNew(Path name) throws IOException {
        dir.newByteChannel(name, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)).close();
    }

    @Override
    public void deleteFile(Path name) throws IOException {
        dir.deleteFile(name);
    }

    @Override
    public void deleteDirectory(Path name) throws IOException {
        dir.deleteDirectory(name);
    }

    @Override
    public List<Path> names() throws IOException {
        if (listed) {
            // a directory stream iterates once; a fresh descriptor lists again
            try (SafeDir again = reopen()) {
                return again.names();
            }
        }
        listed = true;
        return namesOf(dir);
    }

    @Override
    void makeWritable() throws IOException {
        PosixFileAttributeView posix = dir.getFileAttributeView(PosixFileAttributeView.class);
        if (posix == null) {
            return;
        }
        Set<PosixFilePermission> perms = EnumSet.copyOf(posix.readAttributes().permissions());
        if (perms.add(PosixFilePermission.OWNER_WRITE) | perms.add(PosixFilePermission.OWNER_EXECUTE)) {
            posix.setPermissions(perms);
        }
    }

    @Override
    public void close() throws IOException {
        dir.close();
    }
}
