package io.modcache.clean;

import io.modcache.cache.GoVersions;
import io.modcache.concurrent.CancellationToken;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Rewrites {@code @v/list} as cmd/go's {@code rewriteVersionList} does after {@code .mod} files
 * changed: the canonical versions that still have a {@code .mod} file, in semver order, written
 * under an exclusive lock on the list file itself (what lockedfile.Edit takes).
 */
final class VersionListWriter {

    private final FileLocks locks;

    VersionListWriter(FileLocks locks) {
        this.locks = locks;
    }

    void rewrite(Path atV, CancellationToken cancel) throws IOException {
        Path list = atV.resolve("list");
        try (FileLocks.Held ignored = locks.lock(list, cancel)) {
            byte[] content = expected(atV).getBytes(StandardCharsets.UTF_8);
            try (FileChannel ch = FileChannel.open(list, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                if (ch.size() == content.length) {
                    ByteBuffer old = ByteBuffer.allocate(content.length);
                    while (old.hasRemaining() && ch.read(old) >= 0) {
                        // read it all
                    }
                    if (Arrays.equals(old.array(), content)) {
                        return; // no edit needed
                    }
                }
                // As go does: truncate, reserve the final size zero-filled, then write, so that an
                // interrupted write leaves detectable NUL bytes.
                ch.truncate(0);
                if (content.length > 0) {
                    ch.write(ByteBuffer.allocate(1), content.length - 1);
                }
                ch.write(ByteBuffer.wrap(content), 0);
            }
        }
    }

    /** What go would write: escaped names of {@code *.mod} files that are canonical versions, sorted. */
    static String expected(Path atV) throws IOException {
        List<String> versions = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(atV, "*.mod")) {
            for (Path p : s) {
                String name = p.getFileName().toString();
                String v = name.substring(0, name.length() - ".mod".length());
                if (!v.isEmpty() && GoVersions.canonical(v).equals(v)) {
                    versions.add(v);
                }
            }
        }
        versions.sort(GoVersions.ORDER);
        StringBuilder out = new StringBuilder();
        versions.forEach(v -> out.append(v).append('\n'));
        return out.toString();
    }
}
