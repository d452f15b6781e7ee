package io.modcache.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/** The command line face: {@code modcache-explorer <subcommand> ...}. */
@Command(name = "modcache-explorer",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "See, verify and clean your Go module cache. Without a subcommand, opens the window.")
public final class ModcacheCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand");
    }

    /** The subcommands by name, in the order the usage lists them (each name as its {@code @Command} says). */
    static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

    private static Map<String, Class<?>> subcommands() {
        Map<String, Class<?>> byName = new LinkedHashMap<>();
        byName.put("scan", ScanCommand.class);
        byName.put("verify", VerifyCommand.class);
        byName.put("clean", CleanCommand.class);
        byName.put("repair", RepairCommand.class);
        byName.put("history", HistoryCommand.class);
        byName.put("help", CommandLine.HelpCommand.class);
        return byName;
    }

    /** Whether {@code args} run one of the subcommands (not help, not a usage error, not only options). */
    public static boolean runsSubcommand(String[] args) {
        return args.length > 0 && !args[0].equals("help") && SUBCOMMANDS.containsKey(args[0]);
    }

    /** Runs the CLI and returns its exit code: 0 success, 1 failure, 2 bad usage. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err, CliContext context) {
        CliFactory factory = new CliFactory(context);
        CommandLine cli = new CommandLine(new ModcacheCommand(), factory);
        // picocli reads a command's annotations as it is added, 70-80 ms for all of them even from the
        // installed AOT cache: running one subcommand adds that one; help, usage errors and the rest get all
        String named = runsSubcommand(args) ? args[0] : null;
        for (Map.Entry<String, Class<?>> sub : SUBCOMMANDS.entrySet()) {
            if (named == null || named.equals(sub.getKey())) {
                cli.addSubcommand(sub.getKey(), command(factory, sub.getValue()));
            }
        }
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

    private static Object command(CliFactory factory, Class<?> type) {
        try {
            return factory.create(type);
        } catch (Exception e) {
            throw new IllegalStateException("cannot make the command " + type.getSimpleName(), e);
        }
    }
}
