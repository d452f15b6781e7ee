package io.modcache.cli;

import io.modcache.text.Text;
import io.modcache.cache.CacheLocation;
import io.modcache.history.CacheHistory;
import io.modcache.history.HistoryRecord;
import io.modcache.text.ByteSizes;
import io.modcache.report.ScanReports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "history", mixinStandardHelpOptions = true,
        description = {"Show how the cache grew: its totals after every scan and deletion, oldest first.",
                "Every scan (window or command line) and every deletion records them."})
final class HistoryCommand implements Callable<Integer> {

    private final CliContext context;

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    CacheOption cacheOption = new CacheOption();

    @Option(names = "--json", description = "Print the history as JSON (see README for the format).")
    boolean json;

    HistoryCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        CacheLocation location = context.locator().locate(cacheOption.cache);
        CacheHistory history = context.history().read(location.root());
        if (json) {
            out.println(ScanReports.mapper().writeValueAsString(history));
            return 0;
        }
        out.println("Module cache: " + location.describe());
        if (history.scans().isEmpty()) {
            out.println("No history yet: it is recorded by every scan and deletion (run `modcache-explorer scan`).");
            return 0;
        }
        out.printf("%-20s  %-8s  %8s  %9s  %10s  %10s  %s%n", "WHEN (UTC)", "AFTER", "MODULES", "VERSIONS", "FILES", "SIZE", "CHANGE");
        HistoryRecord before = null;
        for (HistoryRecord r : history.scans()) {
            out.printf("%-20s  %-8s  %8s  %9s  %10s  %10s  %s%n", r.scannedAt(), r.event(), Text.count(r.modules()), Text.count(r.versions()),
                    Text.count(r.files()),
                    ByteSizes.format(r.bytes()), before == null ? "" : change(before, r));
            before = r;
        }
        return 0;
    }

    /** "+3 versions, +12.0 MiB" against the record before. */
    static String change(HistoryRecord before, HistoryRecord now) {
        CacheHistory.Change c = new CacheHistory("", List.of(before, now)).change().orElseThrow();
        return String.format("%s%s, %s%s", c.versions() < 0 ? "-" : "+", Text.counted("count.version", Math.abs(c.versions())),
                c.bytes() < 0 ? "-" : "+", ByteSizes.format(Math.abs(c.bytes())));
    }
}
