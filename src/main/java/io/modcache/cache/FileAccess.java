package io.modcache.cache;

import io.modcache.fs.FileStat;
import io.modcache.fs.FolderWalk;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** How the scanner and the tree walker reach the file system: listing folders and reading attributes without following links. */
interface FileAccess {

    /** Every attribute a fingerprint needs (change time, inode, link count). */
    FileAccess DEFAULT = of(FileStat::of, FolderWalk.available());

    /** Like {@link #DEFAULT} without change times, inodes and link counts: enough for sizes, not for fingerprints. */
    FileAccess BASIC = of(FileStat::basic, FolderWalk.available());

    DirectoryStream<Path> list(Path dir) throws IOException;

    FileStat attributes(Path path) throws IOException;

    /**
     * The walk that reads folders relative to their descriptors, where this runtime has one and
     * this access may use it (it reads every attribute, as {@link #DEFAULT} does); else the tree
     * walker lists with {@link #list} and reads with {@link #attributes}.
     */
    default Optional<FolderWalk> folderWalk() {
        return Optional.empty();
    }

    /** How one entry's attributes are read, links not followed. */
    @FunctionalInterface
    interface Lstat {
        FileStat of(Path path) throws IOException;
    }

    /** The file system as the JDK lists it, with attributes read by {@code lstat}. */
    static FileAccess of(Lstat lstat) {
        return of(lstat, Optional.empty());
    }

    /** Likewise, with {@code walk} for whole trees. */
    private static FileAccess of(Lstat lstat, Optional<FolderWalk> walk) {
        return new FileAccess() {
            @Override
            public DirectoryStream<Path> list(Path dir) throws IOException {
                return Files.newDirectoryStream(dir);
            }

            @Override
            public FileStat attributes(Path path) throws IOException {
                return lstat.of(path);
            }

            @Override
            public Optional<FolderWalk> folderWalk() {
                return walk;
            }
        };
    }
}
