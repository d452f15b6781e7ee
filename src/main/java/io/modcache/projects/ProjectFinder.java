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

/**
 * Finds the Go modules (folders with a go.mod) and workspaces (go.work files) below the user's
 * project folders, skipping vendor, .git, node_modules and testdata, never following links.
 */
public final class ProjectFinder {

    /** The module folders, the go.work files, and the folders that could not be searched. */
    public record Found(List<Path> modules, List<Path> workspaces, List<String> problems) {
    }

    private ProjectFinder() {
    }

    public static Found find(List<Path> projectDirs, CancellationToken cancel) throws IOException {
        List<Path> modules = new ArrayList<>();
        List<Path> workspaces = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path project : projectDirs) {
            Path dir = project.toAbsolutePath().normalize();
            if (!Files.isDirectory(dir)) {
                problems.add(dir + ": no such project folder");
                continue;
            }
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    cancel.throwIfCancelled();
                    return !d.equals(dir) && GoSumFinder.SKIPPED.contains(d.getFileName().toString())
                            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile()) {
                        String name = f.getFileName().toString();
                        if (name.equals("go.mod")) {
                            modules.add(f.getParent());
                        } else if (name.equals("go.work")) {
                            workspaces.add(f);
                        }
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
        return new Found(modules.stream().distinct().toList(), workspaces.stream().distinct().toList(), problems);
    }
}
