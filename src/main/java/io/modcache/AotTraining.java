package io.modcache;

import io.modcache.ui.common.StartupTrace;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * The training run from which packaging makes the bundled runtime's ahead-of-time cache
 * ({@code -XX:AOTCacheOutput}, JDK 25): it does what a user's first minute does, so the classes
 * both faces load are already parsed and linked when the installed app starts. The command line
 * scans, lists and plans a clean of {@code CACHE}; then, when a display is there, the window opens
 * on it and quits once its scan is shown. Packaging passes folders of its own for the settings,
 * cache and data folders, so the run leaves nothing in the builder's home. The window opens on a
 * saved scan, as it does on every start but the first. With {@code --command-line-only} the window is
 * left out: the installed command line gets a cache of its own, half the size, as the JVM loads every
 * class of its cache at start-up, and the window's classes cost a command 40-100 ms for nothing.
 *
 * <p>usage: {@code java -XX:AOTCacheOutput=app.aot -cp modcache-explorer.jar io.modcache.AotTraining [--command-line-only] CACHE}
 */
public final class AotTraining {

    private AotTraining() {
    }

    public static void main(String[] args) {
        boolean commandLineOnly = args.length == 2 && args[0].equals("--command-line-only");
        if (args.length != 1 && !commandLineOnly) {
            System.err.println("usage: AotTraining [--command-line-only] CACHE");
            System.exit(2);
        }
        String cache = args[args.length - 1];
        PrintStream out = System.out;
        System.setOut(new PrintStream(OutputStream.nullOutputStream(), true));
        try {
            for (String[] command : new String[][] {
                    {"scan", "--json", "--cache", cache},
                    {"scan", "--cache", cache},
                    {"history", "--json", "--cache", cache},
                    {"clean", "--dry-run", "--older-than", "1d", "--cache", cache},
                    {"--version"}}) {
                int status = Launcher.runCli(command);
                out.println("training: " + String.join(" ", command) + " exited " + status);
            }
        } finally {
            System.setOut(out);
        }
        if (commandLineOnly) {
            return;
        }
        if (System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null
                && !"Monocle".equals(System.getProperty("glass.platform"))) {
            out.println("training: no display, so the window is not part of the cache");
            return;
        }
        // as on every start but the first, the window opens on the last scan saved, then scans afresh
        try (io.modcache.concurrent.WorkerPool workers = new io.modcache.concurrent.WorkerPool()) {
            new io.modcache.history.ScanSnapshots(io.modcache.system.AppDirs.forThisUser().cache()).save(
                    new io.modcache.cache.CacheScanner(workers.pool()).scan(Path.of(cache), io.modcache.cache.ScanListener.NONE,
                            io.modcache.concurrent.CancellationToken.NONE));
        } catch (java.io.IOException e) {
            out.println("training: cannot save a scan for the window to open on: " + e.getMessage());
        }
        System.setProperty(StartupTrace.PROPERTY, "true");
        System.setProperty(StartupTrace.QUIT_PROPERTY, "true");
        io.modcache.ui.ModcacheApp.launchWindow(Path.of(cache));
        out.println("training: the window opened, scanned and quit");
    }
}
