package io.modcache.verify;

import io.modcache.cache.FileNames;
import io.modcache.cache.Problem;
import io.modcache.cache.TreeWalker;
import io.modcache.concurrent.CancellationToken;
import io.modcache.fs.FileStat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The files of an extracted tree as go's {@code dirhash.DirFiles} names them
 * ({@code path@version/rel}), and what keeps the tree from being hashed as go hashes it: a link,
 * pipe or device (go would follow or hang on it; we never open one), a name the JVM cannot
 * represent, a folder that cannot be read.
 */
record TreeListing(List<TreeFile> files, List<Problem> problems) {

    /** A regular file of the tree, and its stat before it was read. */
    record TreeFile(String name, Path path, FileStat stat) {
    }

    TreeListing {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
    }

    static TreeListing of(Path tree, String prefix, CancellationToken cancel) {
        List<TreeFile> files = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        new TreeWalker(cancel).walk(tree, new TreeWalker.Visitor() {
            @Override
            public void visit(String name, Path path, FileStat stat) {
                if (FileNames.isUnmappable(name)) {
                    problems.add(Problem.of(Problem.Kind.UNMAPPABLE_NAME, FileNames.unmappableProblem(path.toString())
                            + ", so its tree cannot be hashed"));
                } else if (stat.isRegularFile()) {
                    files.add(new TreeFile(prefix + name, path, stat));
                } else if (!stat.isDirectory()) {
                    problems.add(Problem.of(Problem.Kind.TREE_SPECIAL_FILE,
                            path + " is " + stat.kind().description() + ", which go's extraction never makes; not opened"));
                }
            }

            @Override
            public void unreadable(String name, Path path, IOException error) {
                problems.add(Problem.of(Problem.Kind.UNREADABLE, "cannot read " + path + ": " + TreeWalker.reason(error)));
            }
        });
        return new TreeListing(files, problems);
    }

    /** Whether every entry is a regular file or folder that can be read and named. */
    boolean hashable() {
        return problems.isEmpty();
    }

    /** Whether a special file is what keeps it from being hashed: then it differs from any zip. */
    boolean hasSpecialFiles() {
        return problems.stream().anyMatch(p -> p.kind() == Problem.Kind.TREE_SPECIAL_FILE);
    }
}
