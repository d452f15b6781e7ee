package io.modcache.projects;

import io.modcache.fs.SafeFiles;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A parsed go.sum (or go.work.sum) file, read as cmd/go's {@code readGoSum} does: whitespace
 * separated fields, three per line, blank lines skipped, the old empty go.mod hash dropped. It is
 * read as bytes, line by line: a malformed line (a wrong number of fields, bytes that are not
 * UTF-8) is reported with file and line and the others are used. Only a regular file is read,
 * up to {@link SafeFiles#PROJECT_FILE_CAP}.
 */
public record GoSumFile(Path file, List<GoSumLine> lines, List<String> problems) {

    /** A go.mod hash that an old go bug wrote; go ignores it. */
    static final String EMPTY_GO_MOD_HASH = "h1:G7mAYYxgmS0lVkHyy2hEOLQCFE0DZb+g6lH+1/Ao8Rg=";

    public GoSumFile {
        lines = List.copyOf(lines);
        problems = List.copyOf(problems);
    }

    public static GoSumFile read(Path file) {
        try {
            return parse(file, SafeFiles.read(file, SafeFiles.PROJECT_FILE_CAP));
        } catch (IOException | java.io.UncheckedIOException e) {
            return new GoSumFile(file, List.of(), List.of(file + ": cannot read: " + e.getMessage()));
        }
    }

    static GoSumFile parse(Path file, String text) {
        return parse(file, text.getBytes(StandardCharsets.UTF_8));
    }

    static GoSumFile parse(Path file, byte[] content) {
        List<GoSumLine> lines = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int lineNo = 0;
        for (int start = 0; start <= content.length; ) {
            int end = indexOf(content, (byte) '\n', start);
            lineNo++;
            String row;
            try {
                row = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(Arrays.copyOfRange(content, start, end))).toString().strip();
            } catch (CharacterCodingException e) {
                problems.add(file + ":" + lineNo + ": malformed go.sum line: not valid UTF-8");
                start = end + 1;
                continue;
            }
            start = end + 1;
            if (row.isEmpty()) {
                continue;
            }
            String[] f = row.split("\\s+");
            if (f.length != 3) {
                problems.add(file + ":" + lineNo + ": malformed go.sum line: wrong number of fields " + f.length);
                continue;
            }
            if (f[2].equals(EMPTY_GO_MOD_HASH)) {
                continue;
            }
            boolean goMod = f[1].endsWith("/go.mod");
            String version = goMod ? f[1].substring(0, f[1].length() - "/go.mod".length()) : f[1];
            lines.add(new GoSumLine(f[0], version, goMod, f[2], file, lineNo));
        }
        return new GoSumFile(file, lines, problems);
    }

    private static int indexOf(byte[] a, byte b, int from) {
        for (int i = from; i < a.length; i++) {
            if (a[i] == b) {
                return i;
            }
        }
        return a.length;
    }
}
