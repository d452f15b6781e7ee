package io.modcache.cli;

import io.modcache.concurrent.CancellationToken;
import io.modcache.projects.GoSumIndex;
import io.modcache.projects.ProjectNeeds;
import io.modcache.projects.ProjectNeedsResolver;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code --project DIR}: the user's Go projects, checked to exist before anything runs. */
final class ProjectOptions {

    @Option(names = "--project", paramLabel = "DIR", converter = CacheOption.NonEmptyPath.class,
            description = "A folder with Go projects (go.mod, go.sum, go.work files are searched below it). Repeatable.")
    List<Path> projects = new ArrayList<>();

    /** Bad usage (exit 2) when a named folder does not exist or cannot be read. */
    List<Path> validated(CommandSpec spec) {
        for (Path p : projects) {
            if (!Files.isDirectory(p)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--project " + p + ": no such folder");
            }
            if (!Files.isReadable(p)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--project " + p + ": cannot be read (permission denied)");
            }
        }
        return projects;
    }

    /** Which cached versions the projects' modules need (read from go.mod, go.sum, go.work; kept in the cache folder). */
    ProjectNeeds needs(CommandSpec spec, CliContext context) throws IOException {
        List<Path> dirs = validated(spec);
        return dirs.isEmpty() ? ProjectNeeds.NONE
                : new ProjectNeedsResolver(context.dirs().cache().resolve("projects.json")).resolve(dirs, CancellationToken.NONE);
    }

    /** The go.sum lines of the projects and of the named go.sum files (validated the same way). */
    GoSumIndex goSums(CommandSpec spec, List<Path> goSumFiles) throws IOException {
        for (Path f : goSumFiles) {
            if (!Files.isRegularFile(f)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--gosum " + f + ": no such file");
            }
            if (!Files.isReadable(f)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--gosum " + f + ": cannot be read (permission denied)");
            }
        }
        return GoSumIndex.load(validated(spec), goSumFiles, CancellationToken.NONE);
    }
}
