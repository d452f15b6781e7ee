package io.modcache;

import io.modcache.cache.CacheLocator;
import io.modcache.cli.CliContext;
import io.modcache.cli.ModcacheCommand;
import io.modcache.concurrent.WorkerPool;
import io.modcache.history.HistoryStore;
import io.modcache.report.ScanReports;
import io.modcache.system.AppDirs;
import io.modcache.system.GoEnv;
import io.modcache.system.Lazy;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;

/**
 * The one entry point. With no arguments (or only {@code --cache DIR}) it opens the window; with a
 * subcommand it runs the command line without ever starting the JavaFX toolkit, so it works with
 * no display. It deliberately does not extend JavaFX's Application, so the fat jar runs from the
 * class path.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        io.modcache.system.Utf8Relaunch.ifNeeded();
        Path cache = guiCacheArgument(args);
        if (args.length == 0 || cache != null) {
            io.modcache.ui.ModcacheApp.launchWindow(cache);
            return;
        }
        io.modcache.system.QuickJitRelaunch.ifHelpful(args);
        System.exit(runCli(args));
    }

    static int runCli(String[] args) {
        if (ModcacheCommand.runsSubcommand(args)) {
            // The second core is idle while picocli reads the commands: it links the folder walk's
            // calls into the C library (most subcommands scan) and starts Jackson, which takes a tenth
            // of a second on a cold JVM (every subcommand writes the history, most print JSON)
            Thread warmUp = new Thread(() -> {
                io.modcache.fs.FolderWalk.available();
                HistoryStore.prepare();
                ScanReports.prepare();
            }, "cli-warm-up");
            warmUp.setDaemon(true);
            warmUp.start();
        }
        Charset cs = Charset.defaultCharset();
        Lazy<GoEnv> goEnv = Lazy.of(GoEnv::load);
        try (WorkerPool workers = new WorkerPool()) {
            return ModcacheCommand.execute(args, new PrintWriter(System.out, true, cs), new PrintWriter(System.err, true, cs),
                    new CliContext(CacheLocator.forThisProcess(goEnv), workers, AppDirs.forThisUser(), goEnv));
        }
    }

    /** The DIR of {@code --cache DIR} or {@code --cache=DIR} when that is the only argument; else null. */
    static Path guiCacheArgument(String[] args) {
        if (args.length == 2 && args[0].equals("--cache")) {
            return Path.of(args[1]);
        }
        if (args.length == 1 && args[0].startsWith("--cache=")) {
            return Path.of(args[0].substring("--cache=".length()));
        }
        return null;
    }
}
