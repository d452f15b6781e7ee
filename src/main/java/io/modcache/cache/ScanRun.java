package io.modcache.cache;

import io.modcache.concurrent.CancellationToken;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RecursiveAction;
import java.util.concurrent.RecursiveTask;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The state and tasks of one scan. */
final class ScanRun {

    /** Extraction directories left by go before 1.16: {@code <path>@<version>.tmp-<digits>}. */
    private static final Pattern TEMP_TREE = Pattern.compile("^(.+)\\.tmp-\\d+$");

    private final Path root;
    private final FileAccess fs;
    private final ScanListener listener;
    private final CancellationToken cancel;
    private final Instant startedAt = Instant.now();

    private final Map<String, VersionAccumulator> versions = new ConcurrentHashMap<>();
    private final Map<String, FileTally> moduleFiles = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<OtherEntry> others = new ConcurrentLinkedQueue<>();
    private final ProgressMeter progress;
    private volatile boolean sawDownloadArea;
    private volatile boolean sawTree;

    ScanRun(Path root, FileAccess fs, ScanListener listener, CancellationToken cancel, long progressIntervalNanos) {
        this.root = root;
        this.fs = fs;
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
            scanCacheDir(cacheDir);
        }
        DescendTask top = new DescendTask(root, "");
        top.invoke();
        for (VersionAccumulator acc : versions.values()) {
            if (!acc.reported() && !acc.isLockOnly()) {
                progress.versionDone();
                listener.versionFound(acc.toVersion());
            }
        }
        progress.finish();
        return result(top.rootWasEmpty);
    }

    private CacheScan result(boolean empty) {
        CacheScan.Layout layout = sawDownloadArea || sawTree ? CacheScan.Layout.MODULE_CACHE
                : empty ? CacheScan.Layout.EMPTY : CacheScan.Layout.NOT_A_MODULE_CACHE;
        return ScanResults.assemble(root, startedAt, versions.values(), moduleFiles, others, layout);
    }

    // ---- cache/ ----------------------------------------------------------------------------

    private void scanCacheDir(Path cacheDir) {
        Path vcsDir = null;
        for (Entry e : list(cacheDir, null)) {
            if (e.attrs.isDirectory() && e.name().equals("download")) {
                sawDownloadArea = true;
                new DownloadDirTask(e.path, "").invoke();
            } else if (e.attrs.isDirectory() && e.name().equals("vcs")) {
                vcsDir = e.path;
            } else {
                otherOf(OtherEntry.Kind.UNKNOWN, e);
            }
        }
        if (vcsDir != null) {
            scanVcsDir(vcsDir);
        }
    }

    /** Each VCS repository is {@code <hash>/} with {@code <hash>.info} and {@code <hash>.lock} beside it: one entry. */
    private void scanVcsDir(Path vcsDir) {
        Map<String, FileTally> repos = new ConcurrentHashMap<>();
        for (Entry e : list(vcsDir, null)) {
            String name = e.name();
            int dot = name.indexOf('.');
            String repo = e.attrs.isDirectory() || dot < 0 ? name : name.substring(0, dot);
            FileTally t = repos.computeIfAbsent(repo, k -> new FileTally());
            if (e.attrs.isDirectory()) {
                walk(e.path, t);
            } else if (e.attrs.isRegularFile()) {
                t.addFile(e.attrs);
            }
        }
        repos.forEach((repo, t) -> other(OtherEntry.Kind.VCS, vcsDir.resolve(repo), t));
    }

    private final class DownloadDirTask extends RecursiveAction {
        private final Path dir;
        private final String escapedPath;

        DownloadDirTask(Path dir, String escapedPath) {
            this.dir = dir;
            this.escapedPath = escapedPath;
        }

        @Override
        protected void compute() {
            List<DownloadDirTask> subdirs = new ArrayList<>();
            for (Entry e : list(dir, null)) {
                String name = e.name();
                if (e.attrs.isDirectory() && name.equals("@v") && !escapedPath.isEmpty()) {
                    scanAtV(e.path, escapedPath);
                } else if (e.attrs.isDirectory() && name.equals("sumdb") && escapedPath.isEmpty()) {
                    for (Entry db : list(e.path, null)) {
                        otherOf(OtherEntry.Kind.SUMDB, db);
                    }
                } else if (e.attrs.isDirectory()) {
                    subdirs.add(new DownloadDirTask(e.path, escapedPath.isEmpty() ? name : escapedPath + "/" + name));
                } else {
                    otherOf(OtherEntry.Kind.UNKNOWN, e);
                }
            }
            invokeAll(subdirs);
        }
    }

    private void scanAtV(Path atV, String escapedPath) {
        FileTally moduleTally = moduleFiles.computeIfAbsent(escapedPath, k -> new FileTally());
        for (Entry e : list(atV, moduleTally)) {
            String name = e.name();
            DownloadFileName kind = DownloadFileName.classify(name);
            boolean regular = e.attrs.isRegularFile();
            switch (kind.kind()) {
                case MODULE_LIST -> {
                    if (regular) {
                        synchronized (moduleTally) {
                            moduleTally.addFile(e.attrs);
                        }
                    } else {
                        otherOf(OtherEntry.Kind.UNKNOWN, e);
                    }
                }
                case VERSION_PART, TEMP -> {
                    CachePart part = DownloadFileName.partOf(name);
                    if (part == CachePart.LOCK && !regular) {
                        otherOf(OtherEntry.Kind.UNKNOWN, e);
                    } else {
                        accumulator(escapedPath, kind.escapedVersion()).addDownloadFile(part, name, e.attrs);
                    }
                }
                case UNKNOWN -> otherOf(OtherEntry.Kind.UNKNOWN, e);
            }
        }
    }

    // ---- extracted trees -------------------------------------------------------------------

    /**
     * Walks a directory of the extracted area: {@code name@version} children are version trees,
     * other directories are module path elements. Returns the files that belong to no module
     * version when nothing beneath is a version tree (so the caller reports the whole folder as
     * one entry), or null when it reported them itself. At the root, {@code cache} is skipped
     * (scanned on its own) and each stray file or folder is an entry of its own.
     */
    private final class DescendTask extends RecursiveTask<FileTally> {
        private final Path dir;
        private final String escapedPrefix;
        private final boolean atRoot;
        boolean rootWasEmpty;

        DescendTask(Path dir, String escapedPrefix) {
            this.dir = dir;
            this.escapedPrefix = escapedPrefix;
            this.atRoot = escapedPrefix.isEmpty();
        }

        @Override
        protected FileTally compute() {
            FileTally loose = new FileTally();
            List<DescendTask> subdirs = new ArrayList<>();
            List<TreeTask> trees = new ArrayList<>();
            List<Entry> entries = list(dir, loose);
            rootWasEmpty = entries.isEmpty();
            for (Entry e : entries) {
                String name = e.name();
                if (atRoot && name.equals("cache") && e.attrs.isDirectory()) {
                    continue;
                }
                String escaped = atRoot ? name : escapedPrefix + "/" + name;
                if (e.attrs.isDirectory() && name.indexOf('@') > 0) {
                    trees.add(new TreeTask(e.path, e.attrs, escaped));
                } else if (e.attrs.isDirectory()) {
                    subdirs.add(new DescendTask(e.path, escaped));
                } else if (e.attrs.isRegularFile() && !atRoot) {
                    loose.addFile(e.attrs);
                } else {
                    otherOf(OtherEntry.Kind.UNKNOWN, e);
                }
            }
            List<ForkJoinTask<?>> all = new ArrayList<>(trees);
            all.addAll(subdirs);
            invokeAll(all);
            boolean hasTrees = !trees.isEmpty();
            List<DescendTask> treeless = new ArrayList<>();
            for (DescendTask sub : subdirs) {
                if (sub.join() != null) {
                    treeless.add(sub);
                } else {
                    hasTrees = true;
                }
            }
            if (!hasTrees && !atRoot) {
                treeless.forEach(sub -> loose.add(sub.join()));
                return loose;
            }
            treeless.forEach(sub -> other(OtherEntry.Kind.UNKNOWN, sub.dir, sub.join()));
            if (!loose.isEmpty()) {
                other(OtherEntry.Kind.UNKNOWN, dir, loose);
            }
            return null;
        }
    }

    private final class TreeTask extends RecursiveAction {
        private final Path dir;
        private final BasicFileAttributes attrs;
        private final String escapedName;

        /** {@code escapedName} is the tree's path below the root: {@code <escaped path>@<escaped version>}. */
        TreeTask(Path dir, BasicFileAttributes attrs, String escapedName) {
            this.dir = dir;
            this.attrs = attrs;
            this.escapedName = escapedName;
        }

        @Override
        protected void compute() {
            sawTree = true;
            int at = escapedName.indexOf('@', escapedName.lastIndexOf('/') + 1);
            String escapedPath = escapedName.substring(0, at);
            String escapedVersion = escapedName.substring(at + 1);
            String leftover = null;
            Matcher temp = TEMP_TREE.matcher(escapedVersion);
            if (temp.matches()) {
                leftover = relative(dir);
                escapedVersion = temp.group(1);
            }
            FileTally tally = new FileTally();
            Fingerprint fp = leftover == null ? new Fingerprint() : null;
            walkTree(dir, tally, fp, true);
            VersionAccumulator acc = accumulator(escapedPath, escapedVersion);
            acc.addTree(tally, attrs.lastModifiedTime().toInstant(), leftover, fp);
            progress.versionDone();
            listener.versionFound(acc.toVersion());
        }
    }

    // ---- shared helpers --------------------------------------------------------------------

    private VersionAccumulator accumulator(String escapedPath, String escapedVersion) {
        return versions.computeIfAbsent(escapedPath + "@" + escapedVersion,
                k -> new VersionAccumulator(escapedPath, escapedVersion));
    }

    private record Entry(Path path, io.modcache.fs.FileStat attrs) {
        String name() {
            return path.getFileName().toString();
        }
    }

    /**
     * Lists a directory with each entry's attributes (links not followed), checking for
     * cancellation and counting regular files for progress. Problems go to {@code problems}
     * when given, else become an unknown entry of their own.
     */
    private List<Entry> list(Path dir, FileTally problems) {
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
    private void walk(Path dir, FileTally tally) {
        walkTree(dir, tally, null, false);
    }

    /**
     * Walks a tree with the {@link TreeWalker} the verifier uses too, adding every entry (folders
     * too) to {@code fp} when given, and flagging names the JVM cannot represent and, in a module
     * tree, what go's extraction never makes: links, pipes, devices.
     */
    private void walkTree(Path dir, FileTally tally, Fingerprint fp, boolean moduleTree) {
        long[] seen = new long[2];
        new TreeWalker(fs, cancel).walk(dir, new TreeWalker.Visitor() {
            @Override
            public void visit(String name, Path path, io.modcache.fs.FileStat stat) {
                if (fp != null) {
                    fp.add(name, stat);
                }
                if (FileNames.isUnmappable(name)) {
                    tally.addProblem(Problem.of(Problem.Kind.UNMAPPABLE_NAME, FileNames.unmappableProblem(relative(path))));
                }
                if (stat.isRegularFile()) {
                    tally.addFile(stat);
                    seen[0]++;
                    seen[1] += stat.size();
                } else if (!stat.isDirectory() && moduleTree) {
                    tally.addProblem(Problem.of(Problem.Kind.TREE_SPECIAL_FILE,
                            "holds " + stat.kind().description() + ", which go's extraction never makes: " + relative(path)));
                }
            }

            @Override
            public void unreadable(String name, Path path, java.io.IOException error) {
                tally.addProblem(Problem.of(Problem.Kind.UNREADABLE, "cannot read " + relative(path) + ": " + TreeWalker.reason(error)));
            }

            @Override
            public void folderDone() {
                progress.seen(seen[0], seen[1]);
                seen[0] = 0;
                seen[1] = 0;
            }
        });
    }

    private void problem(FileTally target, Path where, String text) {
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
    private void otherOf(OtherEntry.Kind kind, Entry e) {
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

    private void other(OtherEntry.Kind kind, Path path, FileTally t) {
        String rel = relative(path);
        List<String> problems = new ArrayList<>(t.problemTexts());
        if (FileNames.isUnmappable(rel)) {
            problems.add(0, FileNames.unmappableProblem("this entry"));
        }
        OtherEntry entry = new OtherEntry(kind, rel, t.bytes, t.files, problems);
        others.add(entry);
        listener.otherFound(entry);
    }

    private String relative(Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }
}
