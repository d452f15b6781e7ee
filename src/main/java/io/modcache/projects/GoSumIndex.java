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
    private final Map<String, List<GoSumLine>> byVersion = new HashMap<>();

    public GoSumIndex(List<GoSumFile> files) {
        this.files = List.copyOf(files);
        for (GoSumFile f : files) {
            for (GoSumLine line : f.lines()) {
                byVersion.computeIfAbsent(line.path() + "@" + line.version(), k -> new ArrayList<>()).add(line);
            }
        }
    }

    /** Reads the go.sum files of the given project folders and of the named go.sum files. */
    public static GoSumIndex load(List<Path> projectDirs, List<Path> goSumFiles, CancellationToken cancel) throws IOException {
        List<GoSumFile> files = new ArrayList<>();
        for (Path p : GoSumFinder.find(projectDirs, cancel)) {
            files.add(GoSumFile.read(p));
        }
        for (Path p : goSumFiles) {
            files.add(GoSumFile.read(p));
        }
        return new GoSumIndex(files);
    }

    /** The lines for {@code path@version}: content lines and {@code /go.mod} lines. */
    public List<GoSumLine> lines(String path, String version) {
        return byVersion.getOrDefault(path + "@" + version, List.of());
    }

    public List<GoSumFile> files() {
        return files;
    }

    /** Malformed lines and unreadable files, with file and line. */
    public List<String> problems() {
        return files.stream().flatMap(f -> f.problems().stream()).toList();
    }

    public boolean isEmpty() {
        return files.isEmpty();
    }
}
