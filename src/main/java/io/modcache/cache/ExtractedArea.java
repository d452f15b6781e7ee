package io.modcache.cache;

import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RecursiveAction;
import java.util.concurrent.RecursiveTask;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scan of the extracted area: folders named {@code <path>@<version>} are version trees
 * (walked with the {@link TreeWalker}), other folders are module path elements, and anything
 * else is an entry of its own.
 */
final class ExtractedArea {

    /** Extraction directories left by go before 1.16: {@code <path>@<version>.tmp-<digits>}. */
    private static final Pattern TEMP_TREE = Pattern.compile("^(.+)\\.tmp-\\d+$");

    private final ScanRun run;

    ExtractedArea(ScanRun run) {
        this.run = run;
    }

    /** The task for the cache root. */
    DescendTask top() {
        return new DescendTask(run.root, "");
    }

    /**
     * Walks a directory of the extracted area: {@code name@version} children are version trees,
     * other directories are module path elements. Returns the files that belong to no module
     * version when nothing beneath is a version tree (so the caller reports the whole folder as
     * one entry), or null when it reported them itself. At the root, {@code cache} is skipped
     * (scanned on its own) and each stray file or folder is an entry of its own.
     */
    final class DescendTask extends RecursiveTask<FileTally> {
        private final Path dir;
        private final String escapedPrefix;
        private final boolean atRoot;
        private boolean rootWasEmpty;

        boolean rootWasEmpty() {
            return rootWasEmpty;
        }

        DescendTask(Path dir, String escapedPrefix) {
            this.dir = dir;
            this.escapedPrefix = escapedPrefix;
            this.atRoot = escapedPrefix.isEmpty();
        }

        @Override
        protected FileTally compute() {
            io.modcache.concurrent.Submissions.runOneWaiting();
            FileTally loose = new FileTally();
            List<DescendTask> subdirs = new ArrayList<>();
            List<TreeTask> trees = new ArrayList<>();
            List<ScanRun.Entry> entries = run.list(dir, loose);
            rootWasEmpty = entries.isEmpty();
            for (ScanRun.Entry e : entries) {
                String name = e.name();
                if (atRoot && name.equals("cache") && e.attrs().isDirectory()) {
                    continue;
                }
                String escaped = atRoot ? name : escapedPrefix + "/" + name;
                if (e.attrs().isDirectory() && name.indexOf('@') > 0) {
                    trees.add(new TreeTask(e.path(), e.attrs(), escaped));
                } else if (e.attrs().isDirectory()) {
                    subdirs.add(new DescendTask(e.path(), escaped));
                } else if (e.attrs().isRegularFile() && !atRoot) {
                    loose.addFile(e.attrs());
                } else {
                    run.otherOf(OtherEntry.Kind.UNKNOWN, e);
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
            treeless.forEach(sub -> run.other(OtherEntry.Kind.UNKNOWN, sub.dir, sub.join()));
            if (!loose.isEmpty()) {
                run.other(OtherEntry.Kind.UNKNOWN, dir, loose);
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
            io.modcache.concurrent.Submissions.runOneWaiting();
            run.sawTree = true;
            int at = escapedName.indexOf('@', escapedName.lastIndexOf('/') + 1);
            String escapedPath = escapedName.substring(0, at);
            String escapedVersion = escapedName.substring(at + 1);
            String leftover = null;
            Matcher temp = TEMP_TREE.matcher(escapedVersion);
            if (temp.matches()) {
                leftover = run.relative(dir);
                escapedVersion = temp.group(1);
            }
            FileTally tally = new FileTally();
            Fingerprint fp = leftover == null && run.fingerprinted ? new Fingerprint() : null;
            run.walkTree(dir, tally, fp, true);
            VersionAccumulator acc = run.accumulator(escapedPath, escapedVersion);
            acc.addTree(tally, attrs.lastModifiedTime().toInstant(), leftover, fp);
            run.progress.versionDone();
            run.listener.versionFound(acc.toVersion());
        }
    }
}
