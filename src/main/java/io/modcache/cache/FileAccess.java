package io.modcache.cache;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/** The scanner's only way to the file system: listing directories and reading attributes without following links. */
interface FileAccess {

    FileAccess DEFAULT = new FileAccess() {
        @Override
        public DirectoryStream<Path> list(Path dir) throws IOException {
            return Files.newDirectoryStream(dir);
        }

        @Override
        public BasicFileAttributes attributes(Path path) throws IOException {
            return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        }
    };

    DirectoryStream<Path> list(Path dir) throws IOException;

    BasicFileAttributes attributes(Path path) throws IOException;
}
