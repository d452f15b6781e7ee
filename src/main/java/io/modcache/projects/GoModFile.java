package io.modcache.projects;

import io.modcache.fs.SafeFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What of a go.mod file decides which cached versions a module needs: its module path and its
 * {@code replace} directives. Malformed lines are reported and skipped, never fatal.
 */
public record GoModFile(Path file, String module, List<Replacement> replacements, List<String> problems) {

    public GoModFile {
        replacements = List.copyOf(replacements);
        problems = List.copyOf(problems);
    }

    public static GoModFile read(Path file) {
        try {
            return parse(file, new String(SafeFiles.read(file, SafeFiles.PROJECT_FILE_CAP), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new GoModFile(file, null, List.of(), List.of(file + ": cannot read: " + e.getMessage()));
        }
    }

    static GoModFile parse(Path file, String text) {
        ModFileLines.Parsed parsed = ModFileLines.parse(file.toString(), text);
        List<String> problems = new ArrayList<>(parsed.problems());
        List<Replacement> replacements = new ArrayList<>();
        String module = null;
        for (ModFileLines.Statement s : parsed.statements()) {
            switch (s.verb()) {
                case "module" -> {
                    if (s.args().size() == 1) {
                        module = s.args().get(0);
                    } else {
                        problems.add(file + ":" + s.line() + ": usage: module module/path");
                    }
                }
                case "replace" -> parseReplacement(file, s, replacements, problems);
                default -> {
                    // require, exclude, retract, go, toolchain: the go.sum files say what is needed
                }
            }
        }
        return new GoModFile(file, module, replacements, problems);
    }

    /** {@code path [version] => target [version]}, as x/mod's parseReplace reads it. */
    static void parseReplacement(Path file, ModFileLines.Statement s, List<Replacement> out, List<String> problems) {
        List<String> args = s.args();
        int arrow = args.size() >= 2 && args.get(1).equals("=>") ? 1 : 2;
        if (args.size() < arrow + 2 || args.size() > arrow + 3 || !args.get(arrow).equals("=>")) {
            problems.add(file + ":" + s.line() + ": usage: replace module/path [v1.2.3] => other/module v1.4 or => ../local/directory");
            return;
        }
        String version = arrow == 2 ? args.get(1) : null;
        String target = args.get(arrow + 1);
        boolean hasTargetVersion = args.size() == arrow + 3;
        if (Replacement.isDirectoryPath(target) != !hasTargetVersion) {
            problems.add(file + ":" + s.line() + ": replacement " + (hasTargetVersion
                    ? "directory " + target + " takes no version" : "module " + target + " needs a version"));
            return;
        }
        out.add(new Replacement(args.get(0), version, target, hasTargetVersion ? args.get(arrow + 2) : null));
    }
}
