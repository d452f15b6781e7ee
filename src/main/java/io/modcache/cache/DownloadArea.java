package io.modcache.cache;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RecursiveAction;

/**
 * The scan of {@code cache/}: {@code cache/download/<path>/@v/} files joined to their versions,
 * the checksum database's cache, VCS clones under {@code cache/vcs}, and go's {@code cache/lock}.
 */
final class DownloadArea {

    private final ScanRun run;

    DownloadArea(ScanRun run) {
        this.run = run;
    }

    void scan(Path cacheDir) {
        Path vcsDir = null;
        for (ScanRun.Entry e : run.list(cacheDir, null)) {
            if (e.attrs().isDirectory() && e.name().equals("download")) {
                run.sawDownloadArea = true;
                new DownloadDirTask(e.path(), "").invoke();
            } else if (e.attrs().isDirectory() && e.name().equals("vcs")) {
                vcsDir = e.path();
            } else if (e.attrs().isRegularFile() && e.name().equals("lock")) {
                run.otherOf(OtherEntry.Kind.LOCK, e);
            } else {
                run.otherOf(OtherEntry.Kind.UNKNOWN, e);
            }
        }
        if (vcsDir != null) {
            scanVcsDir(vcsDir);
        }
    }

    /** Each VCS repository is {@code <hash>/} with {@code <hash>.info} and {@code <hash>.lock} beside it: one entry. */
    private void scanVcsDir(Path vcsDir) {
        Map<String, FileTally> repos = new ConcurrentHashMap<>();
        for (ScanRun.Entry e : run.list(vcsDir, null)) {
            String name = e.name();
            int dot = name.indexOf('.');
            String repo = e.attrs().isDirectory() || dot < 0 ? name : name.substring(0, dot);
            FileTally t = repos.computeIfAbsent(repo, k -> new FileTally());
            if (e.attrs().isDirectory()) {
                run.walk(e.path(), t);
            } else if (e.attrs().isRegularFile()) {
                t.addFile(e.attrs());
            } else {
                run.otherOf(OtherEntry.Kind.UNKNOWN, e);
            }
        }
        repos.forEach((repo, t) -> run.other(OtherEntry.Kind.VCS, vcsDir.resolve(repo), t));
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
            io.modcache.concurrent.Submissions.runOneWaiting();
            List<DownloadDirTask> subdirs = new ArrayList<>();
            for (ScanRun.Entry e : run.list(dir, null)) {
                String name = e.name();
                if (e.attrs().isDirectory() && name.equals("@v") && !escapedPath.isEmpty()) {
                    scanAtV(e.path(), escapedPath);
                } else if (e.attrs().isDirectory() && name.equals("sumdb") && escapedPath.isEmpty()) {
                    for (ScanRun.Entry db : run.list(e.path(), null)) {
                        run.otherOf(OtherEntry.Kind.SUMDB, db);
                    }
                } else if (e.attrs().isDirectory()) {
                    subdirs.add(new DownloadDirTask(e.path(), escapedPath.isEmpty() ? name : escapedPath + "/" + name));
                } else {
                    run.otherOf(OtherEntry.Kind.UNKNOWN, e);
                }
            }
            invokeAll(subdirs);
        }
    }

    private void scanAtV(Path atV, String escapedPath) {
        FileTally moduleTally = run.moduleFiles.computeIfAbsent(escapedPath, k -> new FileTally());
        for (ScanRun.Entry e : run.list(atV, moduleTally)) {
            String name = e.name();
            DownloadFileName kind = DownloadFileName.classify(name);
            boolean regular = e.attrs().isRegularFile();
            switch (kind.kind()) {
                case MODULE_LIST -> {
                    if (regular) {
                        synchronized (moduleTally) {
                            moduleTally.addFile(e.attrs());
                        }
                    } else {
                        run.otherOf(OtherEntry.Kind.UNKNOWN, e);
                    }
                }
                case VERSION_PART, TEMP -> {
                    CachePart part = DownloadFileName.partOf(name);
                    if (part == CachePart.LOCK && !regular) {
                        run.otherOf(OtherEntry.Kind.UNKNOWN, e);
                    } else {
                        run.accumulator(escapedPath, kind.escapedVersion()).addDownloadFile(part, name, e.attrs());
                    }
                }
                case UNKNOWN -> run.otherOf(OtherEntry.Kind.UNKNOWN, e);
            }
        }
    }
}
