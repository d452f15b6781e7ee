package io.modcache.cache;

import io.modcache.fs.FileStat;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** How the scanner and the tree walker reach the file system: listing folders and reading attributes without following links. */
interface FileAccess {

    /** Every attribute a fingerprint needs (change time, inode, link count). */
    FileAccess DEFAULT = of(FileStat::of);

    /** Like {@link #DEFAULT} without change times, inodes and link counts: enough for sizes, not for fingerprints. */
    FileAccess BASIC = of(FileStat::basic);

    DirectoryStream<Path> list(Path dir) throws IOException;

    FileStat attributes(Path path) throws IOException;

    /** How one entry's attributes are read, links not followed. */
    @FunctionalInterface
    interface Lstat {
        FileStat of(Path path) throws IOException;
    }

    /** The file system as the JDK lists it, with attributes read by {@code lstat}. */
    static FileAccess of(Lstat lstat) {
        return new FileAccess() {
            @Override
            public DirectoryStream<Path> list(Path dir) throws IOException {
                return Files.newDirectoryStream(dir);
            }

            @Override
            public FileStat attributes(Path path) throws IOException {
                return lstat.of(path);
            }
        };
    }
}
