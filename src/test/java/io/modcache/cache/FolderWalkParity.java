package io.modcache.cache;

import io.modcache.fs.FileStat;
import io.modcache.fs.FolderWalk;
import io.modcache.testing.Posix;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;

/**
 * Walks a hostile tree and scans a cache holding it twice, through the runtime's {@link FolderWalk}
 * and through the JDK's listing, and lists every difference: entries, their order, attributes,
 * error texts, and the scans' versions with their fingerprints. Run on a Java 22+ runtime (by
 * {@code FolderWalkParityTest}, in a JVM of its own when the tests run on Java 17).
 */
public final class FolderWalkParity {

    static final String USED = "walked with ";

    private FolderWalkParity() {
    }

    public static void main(String[] args) throws Exception {
        if (FolderWalk.available().isEmpty()) {
            System.out.println("no folder walk on this runtime");
            System.exit(2);
        }
        System.out.println(USED + FolderWalk.available().get().getClass().getName());
        List<String> differences = differences(Path.of(args[0]));
        differences.forEach(System.out::println);
        System.out.println(differences.size() + " differences");
        System.exit(differences.isEmpty() ? 0 : 1);
    }

    /** Every difference between the two ways of walking, over trees built in {@code work}. */
    static List<String> differences(Path work) throws IOException {
        FileAccess jdk = FileAccess.of(FileStat::of);
        FileAccess fast = FileAccess.DEFAULT;
        if (fast.folderWalk().isEmpty()) {
            throw new IllegalStateException("this runtime has no folder walk to compare");
        }
        CacheFixture cache = new CacheFixture(work.resolve("cache"))
                .wellFormed("example.com/hostile", "v1.0.0", "a.go", "package a\n", "sub/b.go", "package sub\n")
                .downloaded("example.com/other", "v0.1.0")
                .tree("example.com/other", "v0.1.0", "x.go", "package x\n");
        Path tree = cache.root().resolve("example.com/hostile@v1.0.0");
        hostile(tree);
        Path stray = Files.createDirectories(cache.root().resolve("stray/inner"));
        Files.writeString(stray.resolve("notes.txt"), "not a module\n");
        Files.createSymbolicLink(stray.resolve("link"), Path.of("notes.txt"));

        List<String> out = new ArrayList<>();
        walk(jdk, tree); // listing a new folder may set its access time once; from here on it holds
        compare(out, "tree", walk(jdk, tree), walk(fast, tree));
        compare(out, "a file as the start", walk(jdk, tree.resolve("a.go")), walk(fast, tree.resolve("a.go")));
        compare(out, "a missing start", walk(jdk, tree.resolve("missing")), walk(fast, tree.resolve("missing")));
        Path relative = Path.of("").toAbsolutePath().relativize(tree.resolve("sub"));
        compare(out, "a relative start", walk(jdk, relative), walk(fast, relative));
        compare(out, "a relative missing start", walk(jdk, relative.resolve("missing")), walk(fast, relative.resolve("missing")));
        Path unmappable = onlyChild(tree.resolve("unmappable"));
        boolean walked = fast.folderWalk().get().walk(unmappable, new Recorder(), () -> { });
        if (walked) {
            out.add("a start the encoding cannot map was walked natively: " + unmappable);
        }

        ForkJoinPool pool = new ForkJoinPool(2);
        try {
            new CacheScanner(pool, jdk, Duration.ofSeconds(1)).scan(cache.root(), new ScanListener() { }, io.modcache.concurrent.CancellationToken.NONE);
            CacheScan byJdk = new CacheScanner(pool, jdk, Duration.ofSeconds(1)).scan(cache.root(), new ScanListener() { }, io.modcache.concurrent.CancellationToken.NONE);
            CacheScan byFast = new CacheScanner(pool, fast, Duration.ofSeconds(1)).scan(cache.root(), new ScanListener() { }, io.modcache.concurrent.CancellationToken.NONE);
            compare(out, "scan modules", lines(byJdk.modules()), lines(byFast.modules()));
            compare(out, "scan other entries", lines(byJdk.other()), lines(byFast.other()));
        } finally {
            pool.shutdown();
        }
        return out;
    }

    /** Everything the scan must take in its stride, in one version tree. */
    private static void hostile(Path tree) throws IOException {
        Files.createDirectories(tree.resolve("sub/deeper/1/2/3/4"));
        Files.writeString(tree.resolve("sub/deeper/1/2/3/4/c.go"), "package c\n");
        Files.createDirectories(tree.resolve("empty"));
        Files.writeString(tree.resolve("whole-second.go"), "x");
        Files.setLastModifiedTime(tree.resolve("whole-second.go"), FileTime.from(1_700_000_000L, TimeUnit.SECONDS));
        Files.writeString(tree.resolve("nanos.go"), "x");
        Files.setLastModifiedTime(tree.resolve("nanos.go"), FileTime.from(1_700_000_000_123_456_789L, TimeUnit.NANOSECONDS));
        try (RandomAccessFile sparse = new RandomAccessFile(tree.resolve("sparse.bin").toFile(), "rw")) {
            sparse.setLength(5L << 30);
        }
        Files.writeString(tree.resolve("ünïcødé.go"), "package u\n");
        // ASCII names below a folder whose name is not ASCII, and the other way round
        Files.createDirectories(tree.resolve("dïr/nested/ñ"));
        Files.writeString(tree.resolve("dïr/nested/x.go"), "package x\n");
        Files.writeString(tree.resolve("dïr/nested/ñ/y.go"), "package y\n");
        // a path longer than the walk's first path buffer
        Path deep = tree;
        for (int i = 0; i < 8; i++) {
            deep = deep.resolve(("level" + i + "-").repeat(25));
        }
        Files.createDirectories(deep);
        Files.writeString(deep.resolve("bottom.go"), "package b\n");
        Files.createSymbolicLink(tree.resolve("link-to-file"), Path.of("a.go"));
        Files.createSymbolicLink(tree.resolve("link-to-folder"), Path.of("sub"));
        Files.createSymbolicLink(tree.resolve("dangling"), Path.of("nowhere"));
        Posix.mkfifo(tree.resolve("pipe"));
        Posix.touchUnmappable(tree, "file-");
        Files.createDirectories(tree.resolve("unmappable"));
        Posix.mkdirUnmappable(tree.resolve("unmappable"), "folder-", "inside.go");
        Path locked = Files.createDirectories(tree.resolve("locked"));
        Files.writeString(locked.resolve("secret.go"), "package s\n");
        locked.toFile().setReadable(false, false);
        locked.toFile().setExecutable(false, false);
        // more names than one 32 KiB listing holds
        Path many = Files.createDirectories(tree.resolve("many"));
        for (int i = 0; i < 2500; i++) {
            Files.writeString(many.resolve("file-with-a-longish-name-" + i + ".go"), "package m\n");
        }
    }

    private static Path onlyChild(Path dir) throws IOException {
        try (var children = Files.list(dir)) {
            return children.findFirst().orElseThrow();
        }
    }

    private static List<String> walk(FileAccess access, Path start) {
        Recorder recorder = new Recorder();
        new TreeWalker(access, io.modcache.concurrent.CancellationToken.NONE).walkEntries(start, recorder);
        return recorder.events;
    }

    private static void compare(List<String> out, String what, List<String> jdk, List<String> fast) {
        if (jdk.isEmpty()) {
            out.add(what + ": the JDK's walk saw nothing; nothing was compared");
        }
        if (!jdk.equals(fast)) {
            out.add(what + " differs:\n  the JDK's:    " + String.join("\n                ", jdk)
                    + "\n  the native:   " + String.join("\n                ", fast));
        }
    }

    private static List<String> lines(List<?> records) {
        return records.stream().map(String::valueOf).toList();
    }

    private static final class Recorder implements FolderWalk.Visitor {
        final List<String> events = new ArrayList<>();

        @Override
        public void visit(String name, FileStat s) {
            events.add("visit " + name + " " + s.kind() + " size=" + s.size() + " mtime=" + s.lastModifiedTime()
                    + " atime=" + s.lastAccessTime() + " atimeMillis=" + s.atimeMillis() + " mtimeNanos=" + s.mtimeNanos()
                    + " ctime=" + s.ctimeNanos() + " ino=" + s.inode() + " links=" + s.links());
        }

        @Override
        public void unreadable(String name, IOException error) {
            events.add("unreadable " + name + " " + error.getClass().getSimpleName() + ": " + TreeWalker.reason(error));
        }

        @Override
        public void folderDone() {
            events.add("done");
        }
    }
}
