package io.modcache.cache;

import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/** Sizes, counts, newest access time and problems of a set of files; used by one thread at a time. */
final class FileTally {

    /** A tree with thousands of links is reported by its first few, then a count. */
    static final int MAX_PROBLEMS = 20;

    long bytes;
    long files;
    long newestAccessMillis = Long.MIN_VALUE;
    final List<Problem> problems = new ArrayList<>(0);
    private int droppedProblems;

    void addFile(BasicFileAttributes attrs) {
        bytes += attrs.size();
        files++;
        long atime = attrs instanceof io.modcache.fs.FileStat stat ? stat.atimeMillis() : attrs.lastAccessTime().toMillis();
        if (atime > newestAccessMillis) {
            newestAccessMillis = atime;
        }
    }

    void addProblem(Problem p) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(p);
        } else {
            droppedProblems++;
        }
    }

    void add(FileTally other) {
        bytes += other.bytes;
        files += other.files;
        newestAccessMillis = Math.max(newestAccessMillis, other.newestAccessMillis);
        other.allProblems().forEach(this::addProblem);
    }

    /** The problems, with a last line counting those left out. */
    List<Problem> allProblems() {
        if (droppedProblems == 0) {
            return problems;
        }
        List<Problem> all = new ArrayList<>(problems);
        all.add(Problem.of(problems.get(problems.size() - 1).kind(), "… and " + droppedProblems + " more like these"));
        return all;
    }

    List<String> problemTexts() {
        return allProblems().stream().map(Problem::text).toList();
    }

    boolean isEmpty() {
        return files == 0 && problems.isEmpty();
    }
}
