package io.modcache.cache;

import io.modcache.fs.FileStat;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** How the scanner and the tree walker reach the file system: listing folders and reading attributes without following links. */
interface FileAccess {

    FileAccess DEFAULT = new FileAccess() {
        @Override
        public DirectoryStream<Path> list(Path dir) throws IOException {
            return Files.newDirectoryStream(dir);
        }

        @Override
        public FileStat attributes(Path path) throws IOException {
            return FileStat.of(path);
        }
    };

    /** Like {@link #DEFAULT} without change times, inodes and link counts: enough for sizes, not for fingerprints. */
    FileAccess BASIC = new FileAccess() {
        @Override
        public DirectoryStream<Path> list(Path dir) throws IOException {
            return Files.newDirectoryStream(dir);
        }

        @Override
        public FileStat attributes(Path path) throws IOException {
            return FileStat.basic(path);
        }
    };

    DirectoryStream<Path> list(Path dir) throws IOException;

    FileStat attributes(Path path) throws IOException;
}
