package io.modcache.fs;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * An open directory below a trusted root, and what the deleter does to its entries. Every entry is
 * named relative to the open directory and never followed when it is a link. Where the platform
 * offers a {@link SecureDirectoryStream} (Linux, macOS) the operations are {@code openat},
 * {@code fstatat}, {@code unlinkat} on the open directory, so a folder swapped for a link while we
 * work cannot redirect anything outside; elsewhere each entry is checked with {@code lstat} first.
 * Names are {@link Path}s of one element, as directory listings return them, so a name the JVM's
 * file-name encoding cannot represent is still removed by its original bytes.
 */
public abstract class SafeDir implements Closeable {

    private final Path path;

    SafeDir(Path path) {
        this.path = path;
    }

    /** Opens {@code dir}, following links in its own path: it is the trusted starting point. */
    public static SafeDir open(Path dir) throws IOException {
        DirectoryStream<Path> stream = Files.newDirectoryStream(dir);
        if (stream instanceof SecureDirectoryStream<Path> secure) {
            return new SecureDir(secure, dir);
        }
        stream.close();
        return new PathDir(dir);
    }

    /** Where this directory is, for messages. */
    public Path path() {
        return path;
    }

    /** Attributes of an entry, itself (a link is described, not followed). */
    public abstract BasicFileAttributes stat(Path name) throws IOException;

    /** The kind of an entry, or null when there is none by that name. */
    public FileKind kindOf(Path name) throws IOException {
        try {
            return FileStat.of(stat(name)).kind();
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /** Opens the sub-folder {@code name}; refuses a link or anything else that is not a folder. */
    public final SafeDir openDir(Path name) throws IOException {
        FileKind kind = kindOf(name);
        if (kind == null) {
            throw new NoSuchFileException(path.resolve(name).toString());
        }
        if (kind != FileKind.DIRECTORY) {
            throw UnsafeFileException.wrongKind(path.resolve(name), kind);
        }
        return openChecked(name);
    }

    /** Opens the folder {@code relative} below this one, one element at a time, refusing links on the way. */
    public final SafeDir openBelow(Path relative) throws IOException {
        SafeDir dir = this.reopen();
        if (relative.toString().isEmpty()) {
            return dir;
        }
        for (Path element : relative) {
            try (SafeDir parent = dir) {
                dir = parent.openDir(element);
            }
        }
        return dir;
    }

    /**
     * Like {@link #openBelow} but creates missing folders, as {@code os.MkdirAll} would, without
     * following a link anywhere below this folder.
     */
    public final SafeDir openOrCreateBelow(Path relative) throws IOException {
        SafeDir dir = this.reopen();
        if (relative.toString().isEmpty()) {
            return dir;
        }
        for (Path element : relative) {
            try (SafeDir parent = dir) {
                if (parent.kindOf(element) == null) {
                    try {
                        Files.createDirectory(parent.path().resolve(element));
                    } catch (java.nio.file.FileAlreadyExistsException raced) {
                        // made meanwhile (by go?): openDir checks what it is
                    }
                }
                dir = parent.openDir(element);
            }
        }
        return dir;
    }

    /** Creates an empty regular file; fails if anything (a dangling link too) has that name. */
    public abstract void createNew(Path name) throws IOException;

    public abstract void deleteFile(Path name) throws IOException;

    public abstract void deleteDirectory(Path name) throws IOException;

    /** The names of the entries, read in one pass. */
    public abstract List<Path> names() throws IOException;

    /** Gives the owner write and search permission on this folder itself, as go's RemoveAll does. */
    abstract void makeWritable() throws IOException;

    abstract SafeDir openChecked(Path name) throws IOException;

    /** Another handle on the same folder, so callers may close theirs independently. */
    abstract SafeDir reopen() throws IOException;

    /** How a regular file is unlinked during {@link #remove(Path, FileRemover)}. */
    @FunctionalInterface
    public interface FileRemover {
        /** Just unlinks it. */
        FileRemover UNLINK = SafeDir::deleteFile;

        void remove(SafeDir dir, Path name) throws IOException;
    }

    /**
     * Removes the entry {@code name}: a folder with everything below it (read-only folders made
     * writable first), anything else unlinked. Links are removed as links. Nothing happens, and
     * nothing is counted, when there is no such entry.
     *
     * @return the regular files removed and their apparent size
     */
    public final FileCount remove(Path name) throws IOException {
        return remove(name, FileRemover.UNLINK);
    }

    /** Like {@link #remove(Path)}, with {@code files} deciding how each regular file is removed. */
    public final FileCount remove(Path name, FileRemover files) throws IOException {
        BasicFileAttributes a;
        try {
            a = stat(name);
        } catch (NoSuchFileException gone) {
            return FileCount.ZERO;
        }
        FileCount removed = FileCount.ZERO;
        if (a.isDirectory() && !a.isSymbolicLink()) {
            try (SafeDir child = openChecked(name)) {
                child.makeWritable();
                for (Path entry : child.names()) {
                    removed = removed.plus(child.remove(entry, files));
                }
            }
            try {
                deleteDirectory(name);
            } catch (NoSuchFileException gone) {
                // removed meanwhile
            }
            return removed;
        }
        try {
            if (a.isRegularFile()) {
                files.remove(this, name);
            } else {
                deleteFile(name);
            }
        } catch (NoSuchFileException gone) {
            return removed;
        }
        return a.isRegularFile() ? FileCount.of(a.size()) : removed;
    }

    /** Counts the regular files at or below the entry {@code name}, without following links. */
    public final FileCount count(Path name) throws IOException {
        BasicFileAttributes a;
        try {
            a = stat(name);
        } catch (NoSuchFileException gone) {
            return FileCount.ZERO;
        }
        if (a.isRegularFile()) {
            return FileCount.of(a.size());
        }
        if (!a.isDirectory() || a.isSymbolicLink()) {
            return FileCount.ZERO;
        }
        FileCount total = FileCount.ZERO;
        try (SafeDir child = openChecked(name)) {
            for (Path entry : child.names()) {
                total = total.plus(child.count(entry));
            }
        }
        return total;
    }

    static List<Path> namesOf(DirectoryStream<Path> stream) throws IOException {
        List<Path> names = new ArrayList<>();
        try {
            for (Path p : stream) {
                names.add(p.getFileName());
            }
        } catch (java.nio.file.DirectoryIteratorException e) {
            throw e.getCause();
        }
        return names;
    }
}
