package io.modcache.clean;

import io.modcache.cache.GoVersions;
import io.modcache.concurrent.CancellationToken;
import io.modcache.fs.FileKind;
import io.modcache.fs.FileStat;
import io.modcache.fs.SafeDir;
import io.modcache.fs.UnsafeFileException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Rewrites {@code @v/list} as cmd/go's {@code rewriteVersionList} does after {@code .mod} files
 * changed: the canonical versions that still have a {@code .mod} file, in semver order, written
 * under an exclusive lock on the list file itself (what lockedfile.Edit takes). A list that is a
 * link, a special file or a hard link to a file elsewhere is refused, never written through.
 */
final class VersionListWriter {

    private final FileLocks locks;

    VersionListWriter(FileLocks locks) {
        this.locks = locks;
    }

    /** @param atV the {@code @v} folder, below {@code root}; no folder between them may be a link */
    void rewrite(Path root, Path atV, CancellationToken cancel) throws IOException {
        Path list = atV.resolve("list");
        String expected;
        try (SafeDir rootDir = SafeDir.open(root); SafeDir dir = rootDir.openBelow(root.relativize(atV))) {
            expected = expected(dir.names());
        }
        requireOwnRegularFile(list);
        try (FileLocks.Held ignored = locks.lock(list, cancel)) {
            requireOwnRegularFile(list);
            byte[] content = expected.getBytes(StandardCharsets.UTF_8);
            try (FileChannel ch = FileChannel.open(list, StandardOpenOption.READ, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
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

    /** Absent, or a regular file whose content no other name shares. */
    private static void requireOwnRegularFile(Path list) throws IOException {
        FileStat stat;
        try {
            stat = FileStat.of(list);
        } catch (NoSuchFileException absent) {
            return;
        }
        if (stat.kind() != FileKind.REGULAR) {
            throw UnsafeFileException.wrongKind(list, stat.kind());
        }
        if (stat.links() > 1) {
            throw new UnsafeFileException(list, "has " + stat.links() + " hard links: writing it would change a file elsewhere");
        }
    }

    /** What go would write: escaped names of {@code *.mod} files that are canonical versions, sorted. */
    static String expected(List<Path> names) {
        List<String> versions = new ArrayList<>();
        for (Path p : names) {
            String name = p.toString();
            if (!name.endsWith(".mod")) {
                continue;
            }
            String v = name.substring(0, name.length() - ".mod".length());
            if (!v.isEmpty() && GoVersions.canonical(v).equals(v)) {
                versions.add(v);
            }
        }
        versions.sort(GoVersions.ORDER);
        StringBuilder out = new StringBuilder();
        versions.forEach(v -> out.append(v).append('\n'));
        return out.toString();
    }
}
