package io.modcache.cache;

import io.modcache.concurrent.CancellationToken;
import io.modcache.fs.FileStat;
import io.modcache.fs.FolderWalk;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Walks an extracted module tree, sequentially, one {@code lstat} per entry and links never
 * followed. The scanner and the verifier both walk trees with it, so they see the same entries
 * and compute the same {@link Fingerprint}.
 */
public final class TreeWalker {

    /** Hears about each entry of a walk. */
    public interface Visitor {
        /**
         * Every entry below the start, a folder before what it holds.
         *
         * @param name the entry's path relative to the start, with '/' separators
         */
        void visit(String name, Path path, FileStat stat);

        /** A folder that could not be listed, or an entry whose attributes could not be read. */
        void unreadable(String name, Path path, IOException error);

        /** A folder was listed; its entries have all been visited. */
        default void folderDone() {
        }
    }

    private final FileAccess access;
    private final CancellationToken cancel;

    public TreeWalker(CancellationToken cancel) {
        this(FileAccess.DEFAULT, cancel);
    }

    TreeWalker(FileAccess access, CancellationToken cancel) {
        this.access = access;
        this.cancel = cancel;
    }

    /** Walks everything below {@code dir}; checks for cancellation once per folder. */
    public void walk(Path dir, Visitor visitor) {
        walk(dir, "", visitor);
    }

    /**
     * Walks everything below {@code dir} for a visitor that needs no {@link Path} per entry: with
     * the runtime's {@link FolderWalk} where there is one (the same entries, attributes and
     * errors, at about half the cost), else as {@link #walk(Path, Visitor)} does.
     */
    public void walkEntries(Path dir, FolderWalk.Visitor visitor) {
        if (access.folderWalk().map(w -> w.walk(dir, visitor, cancel::throwIfCancelled)).orElse(false)) {
            return;
        }
        walk(dir, new Visitor() {
            @Override
            public void visit(String name, Path path, FileStat stat) {
                visitor.visit(name, stat);
            }

            @Override
            public void unreadable(String name, Path path, IOException error) {
                visitor.unreadable(name, error);
            }

            @Override
            public void folderDone() {
                visitor.folderDone();
            }
        });
    }

    private void walk(Path dir, String prefix, Visitor visitor) {
        cancel.throwIfCancelled();
        String dirText = dir.toString();
        int nameStart = dirText.length() + (dirText.endsWith(dir.getFileSystem().getSeparator()) ? 0 : 1);
        try (DirectoryStream<Path> entries = access.list(dir)) {
            for (Path p : entries) {
                // The name cut from the path's text: Path.getFileName re-parses the whole path for every entry.
                String name = prefix + p.toString().substring(nameStart);
                FileStat stat;
                try {
                    stat = access.attributes(p);
                } catch (NoSuchFileException gone) {
                    continue;
                } catch (IOException e) {
                    visitor.unreadable(name, p, e);
                    continue;
                }
                visitor.visit(name, p, stat);
                if (stat.isDirectory()) {
                    walk(p, name + "/", visitor);
                }
            }
        } catch (IOException e) {
            visitor.unreadable(prefix.isEmpty() ? "" : prefix.substring(0, prefix.length() - 1), dir, e);
        } catch (DirectoryIteratorException e) {
            visitor.unreadable(prefix.isEmpty() ? "" : prefix.substring(0, prefix.length() - 1), dir, e.getCause());
        }
        visitor.folderDone();
    }

    /** The reason in a message: "permission denied" rather than a class name. */
    public static String reason(Exception e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
