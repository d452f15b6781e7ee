package io.modcache.cli;

import io.modcache.cache.CacheLocator;
import io.modcache.concurrent.WorkerPool;
import io.modcache.system.AppDirs;
import io.modcache.system.GoEnv;
import io.modcache.system.OperatingSystem;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

/** Runs the CLI in-process with captured output and a locator that sees no real environment. */
final class CliRunner {

    record Run(int exitCode, String out, String err) {
    }

    static Run run(Path home, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        try (WorkerPool workers = new WorkerPool(2)) {
            CacheLocator locator = new CacheLocator(Map.of(), OperatingSystem.LINUX, home, () -> GoEnv.NONE);
            AppDirs dirs = new AppDirs(home.resolve("config"), home.resolve("index"), home.resolve("data"));
            int code = ModcacheCommand.execute(args, new PrintWriter(out), new PrintWriter(err),
                    new CliContext(locator, workers, dirs, () -> GoEnv.NONE));
            return new Run(code, out.toString(), err.toString());
        }
    }

    private CliRunner() {
    }
}
