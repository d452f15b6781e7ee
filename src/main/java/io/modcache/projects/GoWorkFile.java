package io.modcache.projects;

import io.modcache.fs.SafeFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A go.work file: the module folders its {@code use} directives name (resolved against its own
 * folder), and its {@code replace} directives, which override those of the modules.
 */
public record GoWorkFile(Path file, List<Path> uses, List<Replacement> replacements, List<String> problems) {

    public GoWorkFile {
        uses = List.copyOf(uses);
        replacements = List.copyOf(replacements);
        problems = List.copyOf(problems);
    }

    public static GoWorkFile read(Path file) {
        try {
            return parse(file, new String(SafeFiles.read(file, SafeFiles.PROJECT_FILE_CAP), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new GoWorkFile(file, List.of(), List.of(), List.of(file + ": cannot read: " + e.getMessage()));
        }
    }

    static GoWorkFile parse(Path file, String text) {
        ModFileLines.Parsed parsed = ModFileLines.parse(file.toString(), text);
        List<String> problems = new ArrayList<>(parsed.problems());
        List<Path> uses = new ArrayList<>();
        List<Replacement> replacements = new ArrayList<>();
        Path dir = file.toAbsolutePath().getParent();
        for (ModFileLines.Statement s : parsed.statements()) {
            switch (s.verb()) {
                case "use" -> {
                    if (s.args().size() == 1) {
                        uses.add(dir.resolve(s.args().get(0)).normalize());
                    } else {
                        problems.add(file + ":" + s.line() + ": usage: use local/dir");
                    }
                }
                case "replace" -> GoModFile.parseReplacement(file, s, replacements, problems);
                default -> {
                    // go, toolchain
                }
            }
        }
        return new GoWorkFile(file, uses, replacements, problems);
    }
}
