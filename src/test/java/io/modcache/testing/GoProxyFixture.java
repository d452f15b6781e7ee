package io.modcache.testing;

import io.modcache.cache.ModulePaths;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A module cache filled by the real go command: the fixture writes a file-based GOPROXY (zips
 * with the {@code path@version/} prefix, .mod, .info, @v/list), and {@link #download} runs
 * {@code go mod download} against it into a fresh GOMODCACHE, offline.
 */
public final class GoProxyFixture implements AutoCloseable {

    private final GoTool go;
    private final Path base;
    private final Path proxy;
    private final Path modcache;
    private final Map<String, List<String>> published = new LinkedHashMap<>();

    public GoProxyFixture(GoTool go, Path base) throws IOException {
        this.go = go;
        this.base = base;
        this.proxy = Files.createDirectories(base.resolve("proxy"));
        this.modcache = base.resolve("gomodcache");
        Files.createDirectories(base.resolve("work"));
    }

    public Path modcache() {
        return modcache;
    }

    public Path proxy() {
        return proxy;
    }

    /** Environment that points go at this proxy and cache, with no network. */
    public Map<String, String> env() {
        Map<String, String> env = new HashMap<>();
        env.put("GOMODCACHE", modcache.toString());
        env.put("GOPROXY", proxy.toUri().toString().replaceAll("/$", ""));
        env.put("GOSUMDB", "off");
        env.put("GONOSUMDB", "*");
        env.put("GOFLAGS", "-mod=mod");
        env.put("GOTOOLCHAIN", "local");
        env.put("GOTELEMETRY", "off");
        env.put("GOPATH", base.resolve("gopath").toString());
        env.put("GOCACHE", base.resolve("gobuildcache").toString());
        env.put("HOME", base.toString());
        return env;
    }

    /** Publishes a module version whose files are the given (name, content) pairs plus a go.mod. */
    public GoProxyFixture publish(String path, String version, String... nameContent) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("go.mod", "module " + path + "\n\ngo 1.16\n");
        for (int i = 0; i < nameContent.length; i += 2) {
            files.put(nameContent[i], nameContent[i + 1]);
        }
        try {
            Path atV = Files.createDirectories(proxy.resolve(ModulePaths.escapePath(path)).resolve("@v"));
            String escVersion = ModulePaths.escapeVersion(version);
            Files.writeString(atV.resolve(escVersion + ".mod"), files.get("go.mod"));
            Files.writeString(atV.resolve(escVersion + ".info"),
                    "{\"Version\":\"" + version + "\",\"Time\":\"2023-01-02T03:04:05Z\"}\n");
            try (OutputStream out = Files.newOutputStream(atV.resolve(escVersion + ".zip"));
                 ZipOutputStream zip = new ZipOutputStream(out)) {
                for (Map.Entry<String, String> f : files.entrySet()) {
                    zip.putNextEntry(new ZipEntry(path + "@" + version + "/" + f.getKey()));
                    zip.write(f.getValue().getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                }
            }
            published.computeIfAbsent(path, k -> new ArrayList<>()).add(version);
            Files.writeString(atV.resolve("list"), String.join("\n", published.get(path)) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** {@code go mod download -json path@version...}; returns go's JSON output. */
    public String download(String... moduleVersions) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("mod", "download", "-json"));
        args.addAll(List.of(moduleVersions));
        return go.run(base.resolve("work"), env(), args.toArray(String[]::new)).assertSuccess().stdout();
    }

    /** What {@code go mod download -json} reported for one module version. */
    public record Downloaded(String path, String version, String sum, String goModSum) {
    }

    /** Parses the concatenated JSON objects {@code go mod download -json} prints. */
    public static java.util.List<Downloaded> parseDownloads(String json) throws IOException {
        java.util.List<Downloaded> out = new ArrayList<>();
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        try (com.fasterxml.jackson.databind.MappingIterator<com.fasterxml.jackson.databind.JsonNode> it =
                     mapper.readerFor(com.fasterxml.jackson.databind.JsonNode.class).readValues(json)) {
            while (it.hasNext()) {
                com.fasterxml.jackson.databind.JsonNode n = it.next();
                out.add(new Downloaded(n.path("Path").asText(), n.path("Version").asText(),
                        n.path("Sum").asText(null), n.path("GoModSum").asText(null)));
            }
        }
        return out;
    }

    /**
     * A Go project requiring exactly these versions, with the complete go.sum go reported, so
     * that {@code go mod verify} in it judges them.
     */
    public Path project(String name, java.util.List<Downloaded> versions) throws IOException {
        Path dir = Files.createDirectories(base.resolve("projects").resolve(name));
        StringBuilder mod = new StringBuilder("module example.com/" + name + "\n\ngo 1.16\n\nrequire (\n");
        StringBuilder sum = new StringBuilder();
        for (Downloaded d : versions) {
            mod.append('\t').append(d.path()).append(' ').append(d.version()).append('\n');
            sum.append(d.path()).append(' ').append(d.version()).append(' ').append(d.sum()).append('\n');
            sum.append(d.path()).append(' ').append(d.version()).append("/go.mod ").append(d.goModSum()).append('\n');
        }
        mod.append(")\n");
        Files.writeString(dir.resolve("go.mod"), mod);
        Files.writeString(dir.resolve("go.sum"), sum);
        return dir;
    }

    /** Publishes a version with {@code files} generated source files, to make deletions take a while. */
    public GoProxyFixture publishLarge(String path, String version, int files) {
        String[] nameContent = new String[files * 2];
        for (int i = 0; i < files; i++) {
            nameContent[2 * i] = "d" + (i % 50) + "/f" + i + ".go";
            nameContent[2 * i + 1] = "package d" + (i % 50) + "\n\nconst F" + i + " = " + i + "\n";
        }
        return publish(path, version, nameContent);
    }

    /** Runs go with this fixture's environment plus {@code extra}. */
    public GoTool.Result goWith(Path dir, Map<String, String> extra, String... args) throws IOException, InterruptedException {
        Map<String, String> env = env();
        env.putAll(extra);
        return go.run(dir, env, args);
    }

    /** {@code go mod verify} in a project folder. */
    public GoTool.Result verify(Path project) throws IOException, InterruptedException {
        return go.run(project, env(), "mod", "verify");
    }

    public GoTool go() {
        return go;
    }

    /** Makes the read-only tree go left writable again so the temporary directory can be removed. */
    @Override
    public void close() throws IOException {
        for (Path dir : List.of(modcache, base.resolve("gopath"))) {
            if (!Files.exists(dir)) {
                continue;
            }
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
                    d.toFile().setWritable(true, true);
                    return FileVisitResult.CONTINUE;
                }
            });
        }
    }
}
