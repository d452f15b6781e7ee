package io.modcache.projects;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A parsed go.sum (or go.work.sum) file, read as cmd/go's {@code readGoSum} does: whitespace
 * separated fields, three per line, blank lines skipped, the old empty go.mod hash dropped.
 * Malformed lines are reported with file and line, never fatal.
 */
public record GoSumFile(Path file, List<GoSumLine> lines, List<String> problems) {

    /** A go.mod hash that an old go bug wrote; go ignores it. */
    static final String EMPTY_GO_MOD_HASH = "h1:G7mAYYxgmS0lVkHyy2hEOLQCFE0DZb+g6lH+1/Ao8Rg=";

    public GoSumFile {
        lines = List.copyOf(lines);
        problems = List.copyOf(problems);
    }

    public static GoSumFile read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException e) {
            return new GoSumFile(file, List.of(), List.of(file + ": cannot read: " + e.getMessage()));
        }
        return parse(file, text);
    }

    static GoSumFile parse(Path file, String text) {
        List<GoSumLine> lines = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        String[] rows = text.split("\n", -1);
        for (int i = 0; i < rows.length; i++) {
            String row = rows[i].strip();
            if (row.isEmpty()) {
                continue;
            }
            String[] f = row.split("\\s+");
            if (f.length != 3) {
                problems.add(file + ":" + (i + 1) + ": malformed go.sum line: wrong number of fields " + f.length);
                continue;
            }
            if (f[2].equals(EMPTY_GO_MOD_HASH)) {
                continue;
            }
            boolean goMod = f[1].endsWith("/go.mod");
            String version = goMod ? f[1].substring(0, f[1].length() - "/go.mod".length()) : f[1];
            lines.add(new GoSumLine(f[0], version, goMod, f[2], file, i + 1));
        }
        return new GoSumFile(file, lines, problems);
    }
}
