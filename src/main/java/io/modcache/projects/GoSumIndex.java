package io.modcache.projects;

import io.modcache.concurrent.CancellationToken;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Every go.sum line the user's projects pin, looked up by module version. */
public final class GoSumIndex {

    public static final GoSumIndex EMPTY = new GoSumIndex(List.of());

    private final List<GoSumFile> files;
    private final List<String> searchProblems;
    private final Map<String, List<GoSumLine>> byVersion = new HashMap<>();

    public GoSumIndex(List<GoSumFile> files) {
        this(files, List.of());
    }

    private GoSumIndex(List<GoSumFile> files, List<String> searchProblems) {
        this.files = List.copyOf(files);
        this.searchProblems = List.copyOf(searchProblems);
        for (GoSumFile f : files) {
            for (GoSumLine line : f.lines()) {
                byVersion.computeIfAbsent(line.path() + "@" + line.version(), k -> new ArrayList<>()).add(line);
            }
        }
    }

    /** Reads the go.sum files of the given project folders and of the named go.sum files. */
    public static GoSumIndex load(List<Path> projectDirs, List<Path> goSumFiles, CancellationToken cancel) throws IOException {
        List<GoSumFile> files = new ArrayList<>();
        GoSumFinder.Found found = GoSumFinder.find(projectDirs, cancel);
        for (Path p : found.files()) {
            files.add(GoSumFile.read(p));
        }
        for (Path p : goSumFiles) {
            files.add(GoSumFile.read(p));
        }
        return new GoSumIndex(files, found.problems());
    }

    /** The lines for {@code path@version}: content lines and {@code /go.mod} lines. */
    public List<GoSumLine> lines(String path, String version) {
        return byVersion.getOrDefault(path + "@" + version, List.of());
    }

    public List<GoSumFile> files() {
        return files;
    }

    /** Folders that could not be searched, unreadable files, and malformed lines (with file and line). */
    public List<String> problems() {
        List<String> all = new ArrayList<>(searchProblems);
        files.forEach(f -> all.addAll(f.problems()));
        return all;
    }

    public boolean isEmpty() {
        return files.isEmpty();
    }
}
