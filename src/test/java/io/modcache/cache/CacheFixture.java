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

    /**
     * A version as go leaves it after {@code go mod download}: the extracted tree, the zip of the
     * same files (with go.mod), its {@code h1:} hash in {@code .ziphash}, {@code .mod}, {@code .info}
     * and {@code .lock}, so it verifies without the go command.
     */
    public CacheFixture wellFormed(String path, String version, String... nameContent) {
        java.util.Map<String, String> files = new java.util.LinkedHashMap<>();
        files.put("go.mod", "module " + path + "\n");
        for (int i = 0; i < nameContent.length; i += 2) {
            files.put(nameContent[i], nameContent[i + 1]);
        }
        String[] all = files.entrySet().stream().flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue())).toArray(String[]::new);
        tree(path, version, all);
        java.util.Map<String, byte[]> digests = new java.util.HashMap<>();
        Path zip = atV(path).resolve(ModulePaths.escapeVersion(version) + ".zip");
        mkdirs(zip.getParent());
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            for (java.util.Map.Entry<String, String> f : files.entrySet()) {
                String name = path + "@" + version + "/" + f.getKey();
                byte[] bytes = f.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8);
                out.putNextEntry(new java.util.zip.ZipEntry(name));
                out.write(bytes);
                out.closeEntry();
                digests.put(name, io.modcache.verify.DirHash.sha256().digest(bytes));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return download(path, version, "ziphash", io.modcache.verify.DirHash.hash1(digests) + "\n")
                .download(path, version, "mod", files.get("go.mod"))
                .download(path, version, "info", "{\"Version\":\"" + version + "\",\"Time\":\"2023-01-02T03:04:05Z\"}")
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

    /** Removes a file or folder (with all it holds) under the root. */
    public CacheFixture remove(String relative) {
        try (java.util.stream.Stream<Path> walk = Files.walk(root.resolve(relative))) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
