package io.modcache.ui.clean;

import io.modcache.text.Text;
import io.modcache.concurrent.CancellationToken;
import io.modcache.projects.GoSumIndex;

import java.io.IOException;
import java.util.List;

/**
 * The go.sum lines of the user's projects for a delete preview, read once, with what could not be
 * read as warnings: a preview whose pins are missing says so rather than showing none.
 */
final class ProjectSums {

    /** Reads the projects' go.sum files. */
    @FunctionalInterface
    public interface Reader {
        GoSumIndex read(CancellationToken cancel) throws IOException;
    }

    /** The lines read, and the warnings about what could not be. */
    record Loaded(GoSumIndex index, List<String> problems) {
    }

    private final Reader reader;
    private GoSumIndex read;

    ProjectSums(Reader reader) {
        this.reader = reader;
    }

    synchronized Loaded load(CancellationToken token) {
        if (read == null) {
            try {
                read = reader.read(token);
            } catch (IOException | RuntimeException e) {
                return new Loaded(GoSumIndex.EMPTY, List.of(Text.get("sums.unreadable", e.getMessage())));
            }
        }
        List<String> problems = read.problems();
        if (problems.isEmpty()) {
            return new Loaded(read, List.of());
        }
        return new Loaded(read, List.of(Text.get("sums.someUnreadable", String.join("; ", problems.subList(0, Math.min(3, problems.size()))))
                + (problems.size() > 3 ? Text.get("sums.more", String.valueOf(problems.size() - 3)) : "")));
    }
}
