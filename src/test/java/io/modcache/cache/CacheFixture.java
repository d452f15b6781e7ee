package io.modcache.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Builds module-cache-shaped trees for tests, file by file, the way go lays them out. */
public final class CacheFixture {

    private final Path root;

    public CacheFixture(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    /** An extracted tree {@code <escaped path>@<escaped version>/} with the given files (name, content pairs). */
    public CacheFixture tree(String path, String version, String... nameContent) {
        Path dir = root.resolve(ModulePaths.escapePath(path) + "@" + ModulePaths.escapeVersion(version));
        for (int i = 0; i < nameContent.length; i += 2) {
            write(dir.resolve(nameContent[i]), nameContent[i + 1]);
        }
        if (nameContent.length == 0) {
            mkdirs(dir);
        }
        return this;
    }

    /** {@code cache/download/<escaped path>/@v/<escaped version>.<ext>} with some content. */
    public CacheFixture download(String path, String version, String ext, String content) {
        write(atV(path).resolve(ModulePaths.escapeVersion(version) + "." + ext), content);
        return this;
    }

    /** All the download files go keeps for a fully downloaded version. */
    public CacheFixture downloaded(String path, String version) {
        return download(path, version, "info", "{\"Version\":\"" + version + "\"}")
                .download(path, version, "mod", "module " + path + "\n")
                .download(path, version, "zip", "PK-not-really-a-zip-" + version)
                .download(path, version, "ziphash", "h1:abc=")
                .download(path, version, "lock", "");
    }

    public CacheFixture list(String path, String content) {
        write(atV(path).resolve("list"), content);
        return this;
    }

    public CacheFixture file(String relative, String content) {
        write(root.resolve(relative), content);
        return this;
    }

    public Path atV(String path) {
        return root.resolve("cache/download").resolve(ModulePaths.escapePath(path)).resolve("@v");
    }

    /** Sum of the sizes of every regular file under the root, as {@code find -type f} sees them. */
    public long regularFileBytes() {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String content) {
        mkdirs(file.getParent());
        try {
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void mkdirs(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
