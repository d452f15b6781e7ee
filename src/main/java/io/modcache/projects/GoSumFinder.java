package io.modcache.projects;

import io.modcache.concurrent.CancellationToken;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds go.sum and go.work.sum files below project folders, skipping vendor, .git, node_modules
 * and testdata, never following links. A folder that cannot be read is a problem, not a failure.
 */
public final class GoSumFinder {

    static final Set<String> SKIPPED = Set.of("vendor", ".git", "node_modules", "testdata");
    private static final Set<String> NAMES = Set.of("go.sum", "go.work.sum");

    /** The files found, and what could not be searched. */
    public record Found(List<Path> files, List<String> problems) {
    }

    private GoSumFinder() {
    }

    public static Found find(List<Path> projectDirs, CancellationToken cancel) throws IOException {
        List<Path> found = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path dir : projectDirs) {
            if (Files.isRegularFile(dir)) {
                found.add(dir);
                continue;
            }
            if (!Files.isDirectory(dir)) {
                problems.add(dir + ": no such project folder");
                continue;
            }
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    cancel.throwIfCancelled();
                    return !d.equals(dir) && SKIPPED.contains(d.getFileName().toString())
                            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && NAMES.contains(f.getFileName().toString())) {
                        found.add(f);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) {
                    problems.add(f + ": cannot be searched (" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")");
                    return FileVisitResult.CONTINUE;
                }
            });
        }
        return new Found(found, problems);
    }
}
