package io.modcache.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/** The command line face: {@code modcache-explorer <subcommand> ...}. */
@Command(name = "modcache-explorer",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "See, verify and clean your Go module cache. Without a subcommand, opens the window.",
        subcommands = {ScanCommand.class, VerifyCommand.class, CleanCommand.class, RepairCommand.class, HistoryCommand.class,
                CommandLine.HelpCommand.class})
public final class ModcacheCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand");
    }

    /** Runs the CLI and returns its exit code: 0 success, 1 failure, 2 bad usage. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err, CliContext context) {
        CommandLine cli = new CommandLine(new ModcacheCommand(), new CliFactory(context));
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("modcache-explorer: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            if (System.getenv("MODCACHE_EXPLORER_DEBUG") != null) {
                ex.printStackTrace(commandLine.getErr());
            }
            return 1;
        });
        int code = cli.execute(args);
        context.appends().awaitAll();
        out.flush();
        err.flush();
        return code;
    }
}
