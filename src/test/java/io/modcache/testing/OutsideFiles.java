package io.modcache.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files outside a cache that a hostile cache links to: their bytes, modification and access
 * times, taken before a run, must be exactly the same after it, and nothing new may appear.
 */
public final class OutsideFiles {

    /** An access time older than any modification time, so that a read would move it (relatime). */
    private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2021-02-03T04:05:06Z"));

    private final Path dir;
    private Map<String, String> before;

    public OutsideFiles(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    /** Writes a file outside the cache. */
    public Path file(String name, String content) {
        try {
            Path p = dir.resolve(name);
            Files.createDirectories(p.getParent());
            return Files.writeString(p, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Records every entry's state; call after the last file is written. */
    public OutsideFiles snapshot() {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.toList()) {
                if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    Files.getFileAttributeView(p, BasicFileAttributeView.class).setTimes(null, LONG_AGO, null);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        before = state();
        return this;
    }

    /** Fails unless every entry has the bytes and times it had at the snapshot, and none was added or removed. */
    public void assertUnchanged() {
        assertThat(state()).as("files outside the cache").isEqualTo(before);
    }

    private Map<String, String> state() {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.toList()) {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                String content = "";
                if (a.isRegularFile()) {
                    content = Arrays.hashCode(Files.readAllBytes(p)) + "/" + a.size();
                    // reading moved the access time: put it back, so only the code under test can move it
                    Files.getFileAttributeView(p, BasicFileAttributeView.class).setTimes(null, a.lastAccessTime(), null);
                }
                out.put(dir.relativize(p).toString(), (a.isDirectory() ? "dir " : a.isSymbolicLink() ? "link " : "file ")
                        + content + " mtime=" + a.lastModifiedTime() + (a.isRegularFile() ? " atime=" + a.lastAccessTime() : ""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
