package io.modcache.cache;

import io.modcache.concurrent.CancellationToken;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RecursiveTask;

/** The state and tasks of one scan. */
final class ScanRun {

    final Path root;
    private final FileAccess fs;
    final ScanListener listener;
    private final CancellationToken cancel;
    private final Instant startedAt = Instant.now();

    private final Map<String, VersionAccumulator> versions = new ConcurrentHashMap<>();
    final Map<String, FileTally> moduleFiles = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<OtherEntry> others = new ConcurrentLinkedQueue<>();
    final ProgressMeter progress;
    volatile boolean sawDownloadArea;
    volatile boolean sawTree;
    /** Whether versions get a {@link Fingerprint}: only what checks verdicts against the index needs one. */
    final boolean fingerprinted;

    ScanRun(Path root, FileAccess fs, boolean fingerprinted, ScanListener listener, CancellationToken cancel, long progressIntervalNanos) {
        this.root = root;
        this.fs = fs;
        this.fingerprinted = fingerprinted;
        this.listener = listener;
        this.cancel = cancel;
        this.progress = new ProgressMeter(listener, progressIntervalNanos);
    }

    RecursiveTask<CacheScan> rootTask() {
        return new RecursiveTask<>() {
            @Override
            protected CacheScan compute() {
                return run();
            }
        };
    }

    private CacheScan run() {
        Path cacheDir = root.resolve("cache");
        if (java.nio.file.Files.isDirectory(cacheDir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            // cache/download first: it is small, and tree versions are then complete when reported.
            new DownloadArea(this).scan(cacheDir);
        }
        ExtractedArea.DescendTask top = new ExtractedArea(this).top();
        top.invoke();
        for (VersionAccumulator acc : versions.values()) {
            if (!acc.reported() && !acc.isLockOnly()) {
                progress.versionDone();
                listener.versionFound(acc.toVersion());
            }
        }
        progress.finish();
        return result(top.rootWasEmpty());
    }

    private CacheScan result(boolean empty) {
        CacheScan.Layout layout = sawDownloadArea || sawTree ? CacheScan.Layout.MODULE_CACHE
                : empty ? CacheScan.Layout.EMPTY : CacheScan.Layout.NOT_A_MODULE_CACHE;
        return ScanResults.assemble(root, startedAt, versions.values(), moduleFiles, others, layout);
    }

    // ---- shared helpers --------------------------------------------------------------------

    VersionAccumulator accumulator(String escapedPath, String escapedVersion) {
        return versions.computeIfAbsent(escapedPath + "@" + escapedVersion,
                k -> new VersionAccumulator(escapedPath, escapedVersion, fingerprinted));
    }

    record Entry(Path path, io.modcache.fs.FileStat attrs) {
        String name() {
            return path.getFileName().toString();
        }
    }

    /**
     * Lists a directory with each entry's attributes (links not followed), checking for
     * cancellation and counting regular files for progress. Problems go to {@code problems}
     * when given, else become an unknown entry of their own.
     */
    List<Entry> list(Path dir, FileTally problems) {
        cancel.throwIfCancelled();
        List<Entry> entries = new ArrayList<>();
        long files = 0;
        long bytes = 0;
        try (DirectoryStream<Path> stream = fs.list(dir)) {
            for (Path p : stream) {
                io.modcache.fs.FileStat a;
                try {
                    a = fs.attributes(p);
                } catch (NoSuchFileException gone) {
                    continue;
                } catch (IOException e) {
                    problem(problems, p, "cannot read " + relative(p) + ": " + TreeWalker.reason(e));
                    continue;
                }
                if (a.isRegularFile()) {
                    files++;
                    bytes += a.size();
                }
                entries.add(new Entry(p, a));
            }
        } catch (IOException | java.nio.file.DirectoryIteratorException e) {
            problem(problems, dir, "cannot read directory " + relative(dir) + ": " + TreeWalker.reason(e instanceof java.nio.file.DirectoryIteratorException d ? d.getCause() : e));
        }
        progress.seen(files, bytes);
        return entries;
    }

    /** Adds every regular file below {@code dir} to {@code tally}, sequentially. */
    void walk(Path dir, FileTally tally) {
        walkTree(dir, tally, null, false);
    }

    /**
     * Walks a tree with the {@link TreeWalker} the verifier uses too, adding every entry (folders
     * too) to {@code fp} when given, and flagging names the JVM cannot represent and, in a module
     * tree, what go's extraction never makes: links, pipes, devices.
     */
    void walkTree(Path dir, FileTally tally, Fingerprint fp, boolean moduleTree) {
        long[] seen = new long[2];
        new TreeWalker(fs, cancel).walkEntries(dir, new io.modcache.fs.FolderWalk.Visitor() {
            @Override
            public void visit(String name, io.modcache.fs.FileStat stat) {
                if (fp != null) {
                    fp.add(name, stat);
                }
                if (FileNames.isUnmappable(name)) {
                    tally.addProblem(Problem.of(Problem.Kind.UNMAPPABLE_NAME, FileNames.unmappableProblem(relative(dir, name))));
                }
                if (stat.isRegularFile()) {
                    tally.addFile(stat);
                    seen[0]++;
                    seen[1] += stat.size();
                } else if (!stat.isDirectory() && moduleTree) {
                    tally.addProblem(Problem.of(Problem.Kind.TREE_SPECIAL_FILE,
                            "holds " + stat.kind().description() + ", which go's extraction never makes: " + relative(dir, name)));
                }
            }

            @Override
            public void unreadable(String name, java.io.IOException error) {
                tally.addProblem(Problem.of(Problem.Kind.UNREADABLE, "cannot read " + relative(dir, name) + ": " + TreeWalker.reason(error)));
            }

            @Override
            public void folderDone() {
                progress.seen(seen[0], seen[1]);
                seen[0] = 0;
                seen[1] = 0;
            }
        });
    }

    void problem(FileTally target, Path where, String text) {
        if (target != null) {
            synchronized (target) {
                target.addProblem(Problem.of(Problem.Kind.UNREADABLE, text));
            }
        } else {
            OtherEntry entry = new OtherEntry(OtherEntry.Kind.UNKNOWN, relative(where), 0, 0, List.of(text));
            others.add(entry);
            listener.otherFound(entry);
        }
    }

    /** Links and special files are neither followed nor counted: they are entries with a problem. */
    void otherOf(OtherEntry.Kind kind, Entry e) {
        FileTally t = new FileTally();
        if (e.attrs.isDirectory()) {
            walk(e.path, t);
        } else if (e.attrs.isRegularFile()) {
            t.addFile(e.attrs);
        } else {
            t.addProblem(Problem.of(Problem.Kind.NOT_REGULAR, "is " + e.attrs.kind().description() + "; not followed or opened"));
        }
        other(kind, e.path, t);
    }

    void other(OtherEntry.Kind kind, Path path, FileTally t) {
        String rel = relative(path);
        List<String> problems = new ArrayList<>(t.problemTexts());
        if (FileNames.isUnmappable(rel)) {
            problems.add(0, FileNames.unmappableProblem("this entry"));
        }
        OtherEntry entry = new OtherEntry(kind, rel, t.bytes, t.files, problems);
        others.add(entry);
        listener.otherFound(entry);
    }

    String relative(Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }

    /** The text of {@code name} (relative to {@code dir}, "" for dir itself) relative to the root, with no {@link Path} made of the name. */
    String relative(Path dir, String name) {
        String folder = relative(dir);
        return name.isEmpty() ? folder : folder.isEmpty() ? name : folder + "/" + name;
    }
}
