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

/** Finds go.sum and go.work.sum files below project folders, skipping vendor, .git and node_modules. */
public final class GoSumFinder {

    private static final Set<String> SKIPPED = Set.of("vendor", ".git", "node_modules");
    private static final Set<String> NAMES = Set.of("go.sum", "go.work.sum");

    private GoSumFinder() {
    }

    public static List<Path> find(List<Path> projectDirs, CancellationToken cancel) throws IOException {
        List<Path> found = new ArrayList<>();
        for (Path dir : projectDirs) {
            if (Files.isRegularFile(dir)) {
                found.add(dir);
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
                    return FileVisitResult.CONTINUE;
                }
            });
        }
        return found;
    }
}
