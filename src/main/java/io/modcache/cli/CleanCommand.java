package io.modcache.cli;

import io.modcache.cache.CacheScan;
import io.modcache.cache.ModulePattern;
import io.modcache.cache.ModuleVersion;
import io.modcache.cache.OtherEntry;
import io.modcache.clean.DeletionPlan;
import io.modcache.clean.DeletionPlanner;
import io.modcache.clean.DeletionResult;
import io.modcache.clean.FileLocks;
import io.modcache.clean.PlanEntry;
import io.modcache.clean.PrivatePatterns;
import io.modcache.clean.SafeDeleter;
import io.modcache.clean.Scope;
import io.modcache.concurrent.CancellationToken;
import io.modcache.projects.GoSumIndex;
import io.modcache.report.ByteSizes;
import io.modcache.report.CleanReports;
import io.modcache.report.ScanReports;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "clean", mixinStandardHelpOptions = true,
        description = {"Delete module versions from the cache, safely: go's own lock and recovery protocol, so a running "
                + "or later go command always recovers.",
                "Without --yes it only shows what would be deleted."})
final class CleanCommand implements Callable<Integer> {

    private final CliContext context;

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    CacheOption cacheOption = new CacheOption();

    @Option(names = "--scope", paramLabel = "SCOPE", defaultValue = "everything",
            description = "everything (default): tree and downloaded files, go downloads them again; "
                    + "extracted: the source tree only, go re-extracts it offline from the kept zip.")
    String scope;

    @Option(names = "--dry-run", description = "Show the plan and delete nothing (the default without --yes).")
    boolean dryRun;

    @Option(names = "--yes", description = "Delete without asking.")
    boolean yes;

    @Option(names = "--json", description = "Print the plan (or, with --yes, the result) as JSON.")
    boolean json;

    @Option(names = "--all", description = "Everything in the cache, like go clean -modcache.")
    boolean all;

    @Option(names = "--force-root", description = "Delete even if the folder does not look like a module cache.")
    boolean forceRoot;

    @picocli.CommandLine.Mixin
    ProjectOptions projectOptions = new ProjectOptions();

    @Parameters(paramLabel = "MODULE[@VERSION]", arity = "0..*", description = "Modules (all their versions) or single versions.")
    List<String> targets = new ArrayList<>();

    CleanCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Scope chosenScope = parseScope();
        if (all == !targets.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "name modules or versions to delete, or --all (not both)");
        }
        GoSumIndex sums = projectOptions.goSums(spec, List.of());
        CacheScan scan = CacheCommands.scanOrExplain(cacheOption.cache, spec, context);
        if (scan == null) {
            return 1;
        }
        List<ModuleVersion> versions = select(scan);
        List<OtherEntry> others = all ? scan.other() : List.of();
        DeletionPlan plan = new DeletionPlanner(scan.root(), sums, PrivatePatterns.from(context.goEnv().get(), System.getenv()))
                .plan(versions, others, chosenScope, all, CancellationToken.NONE);

        if (!yes || dryRun) {
            if (json) {
                out.println(ScanReports.mapper().writeValueAsString(CleanReports.plan(plan)));
            } else {
                printPlan(out, plan);
                out.println("Nothing was deleted. Run again with --yes to delete.");
            }
            return 0;
        }
        DeletionResult result = new SafeDeleter(context.workers().pool(), FileLocks.forThisPlatform())
                .execute(plan, forceRoot, (entry, error, bytes) -> { }, CancellationToken.NONE);
        if (json) {
            out.println(ScanReports.mapper().writeValueAsString(CleanReports.result(result)));
        } else {
            plan.unplanned().forEach(u -> out.println("cannot delete " + u.id() + ": " + u.reason()));
            result.failed().forEach(f -> out.println("failed: " + f.entry().id() + ": " + f.error()));
            result.housekeeping().forEach(h -> out.println("failed: " + h.file() + ": " + h.error()));
            if (result.swept().files() > 0) {
                out.printf("Then removed what remained: %d files (lock files, module lists, entries with unusable names).%n",
                        result.swept().files());
            }
            out.printf("Deleted %d of %d entries, freed %s (%d bytes).%n", result.deleted().size(),
                    plan.entries().size(), ByteSizes.format(result.freedBytes()), result.freedBytes());
        }
        return result.succeeded() && plan.unplanned().isEmpty() ? 0 : 1;
    }

    private Scope parseScope() {
        try {
            return Scope.valueOf(scope.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--scope must be everything or extracted, not " + scope);
        }
    }

    private List<ModuleVersion> select(CacheScan scan) {
        List<ModuleVersion> every = scan.modules().stream().flatMap(m -> m.versions().stream()).toList();
        if (all) {
            return every;
        }
        Set<ModuleVersion> chosen = new LinkedHashSet<>();
        for (String target : targets) {
            ModulePattern p = ModulePattern.parse(target);
            List<ModuleVersion> matched = every.stream().filter(p::matches).toList();
            if (matched.isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "not in the cache: " + target);
            }
            chosen.addAll(matched);
        }
        return List.copyOf(chosen);
    }

    private static void printPlan(PrintWriter out, DeletionPlan plan) {
        out.printf("Would delete from %s (scope %s):%n", plan.root(), plan.scope().name().toLowerCase(Locale.ROOT));
        out.printf("%10s  %7s  %s%n", "SIZE", "FILES", "WHAT");
        for (PlanEntry e : plan.entries()) {
            String parts = e.parts().stream().map(p -> p.name().toLowerCase(Locale.ROOT)).sorted().reduce((a, b) -> a + " " + b).orElse("");
            out.printf("%10s  %7d  %s%s%n", ByteSizes.format(e.bytes()), e.files(), e.id(),
                    e.isVersion() ? "  [" + parts + "]" : "  (" + e.otherKind() + ")");
        }
        out.printf("Total: %d versions, %d entries, %d files, %s (%d bytes)%n", plan.versionCount(), plan.entries().size(),
                plan.totalFiles(), ByteSizes.format(plan.totalBytes()), plan.totalBytes());
        for (String w : plan.warnings()) {
            out.println("warning: " + w);
        }
        for (var u : plan.unplanned()) {
            out.println("cannot delete " + u.id() + ": " + u.reason());
        }
    }
}
