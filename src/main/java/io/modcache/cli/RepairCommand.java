package io.modcache.cli;

import io.modcache.text.Text;
import io.modcache.cache.CacheScan;
import io.modcache.cache.ModulePattern;
import io.modcache.cache.ModuleVersion;
import io.modcache.cache.VersionId;
import io.modcache.clean.FileLocks;
import io.modcache.clean.SafeDeleter;
import io.modcache.concurrent.CancellationToken;
import io.modcache.history.HistoryRecord;
import io.modcache.cache.CacheTotals;
import io.modcache.projects.GoSumIndex;
import io.modcache.repair.GoRunner;
import io.modcache.repair.RepairOutcome;
import io.modcache.repair.Repairer;
import io.modcache.report.ScanReports;
import io.modcache.system.PrivatePatterns;
import io.modcache.verify.Verdict;
import io.modcache.verify.VerificationService;
import io.modcache.verify.VerifyListener;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "repair", mixinStandardHelpOptions = true,
        description = {"Download broken or polluted versions again, with a good copy in hand before anything is deleted.",
                "For each version: go downloads a fresh copy into a temporary module cache beside this one (your proxy, "
                        + "checksum database and GOFLAGS), it is verified there and against the checksum database, and only "
                        + "then is the version deleted (as clean does) and filled again by go from that copy. A version no good "
                        + "copy can be had for is left as it was.",
                "Default: every version verify finds broken or mismatched. Needs go on PATH. Without --yes it only shows "
                        + "the plan and the commands.",
                "Exit status: 0 when everything chosen was repaired, 1 otherwise."})
final class RepairCommand implements Callable<Integer> {

    private final CliContext context;

    @Spec
    CommandSpec spec;

    @CommandLine.Mixin
    CacheOption cacheOption = new CacheOption();

    @CommandLine.Mixin
    ProjectOptions projectOptions = new ProjectOptions();

    @CommandLine.Mixin
    PlanOptions plan = new PlanOptions();

    @Parameters(paramLabel = "PATTERN[@VERSION]", arity = "0..*",
            description = "Only these modules or versions (go's ... wildcard works). Default: every broken or mismatched version.")
    List<String> patterns = new ArrayList<>();

    RepairCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        GoSumIndex sums = projectOptions.goSums(spec, List.of());
        CacheScan scan = CacheCommands.scanOrExplain(cacheOption.cache, spec, context);
        if (scan == null) {
            return 1;
        }
        List<ModulePattern> selection = patterns.stream().map(ModulePattern::parse).toList();
        List<ModuleVersion> candidates = scan.modules().stream().flatMap(m -> m.versions().stream())
                .filter(v -> selection.isEmpty() || selection.stream().anyMatch(p -> p.matches(v))).toList();
        Map<VersionId, Verdict> verdicts = new VerificationService(context.workers().pool(), context.dirs().cache(),
                io.modcache.sumdb.ProvenanceChecker.offline(context::sumdb))
                .verify(scan.root(), candidates, false, true, sums, VerifyListener.NONE, CancellationToken.NONE).verdicts();
        List<ModuleVersion> chosen = selection.isEmpty()
                ? candidates.stream().filter(v -> verdicts.get(v.id()).failed()).toList() : candidates;
        if (chosen.isEmpty()) {
            out.println(selection.isEmpty() ? "Nothing to repair: no version is broken or mismatched." : "Nothing matches.");
            return 0;
        }
        if (!plan.acting()) {
            printPlan(out, scan, chosen, verdicts);
            return 0;
        }
        GoRunner go = GoRunner.onPath();
        if (go == null) {
            err.println("modcache-explorer: repair needs the go command on PATH to download good copies. "
                    + "Without it, delete the versions instead (modcache-explorer clean MODULE@VERSION): go downloads them "
                    + "again when a build needs them.");
            return 1;
        }
        Repairer repairer = new Repairer(go, context.workers().pool(), new SafeDeleter(context.workers().pool(), FileLocks.forThisPlatform()),
                context.sumdb(), PrivatePatterns.from(context.goEnv().get(), System.getenv()), sums);
        List<RepairOutcome> outcomes = repairer.repair(scan.root(), chosen, (v, step) -> {
            if (!plan.json) {
                err.println(v + ": " + step.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + "…");
            }
        }, CancellationToken.NONE);
        context.record(scan.root(), CacheTotals.of(scan), HistoryRecord.SCAN);
        if (plan.json) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (RepairOutcome o : outcomes) {
                Map<String, String> row = new LinkedHashMap<>();
                row.put("path", o.version().path());
                row.put("version", o.version().version());
                row.put("result", o.result().word());
                row.put("reason", o.reason());
                rows.add(row);
            }
            out.println(ScanReports.mapper().writeValueAsString(Map.of("repairs", rows)));
        } else {
            for (RepairOutcome o : outcomes) {
                out.println(o.version() + ": " + o.result().word() + (o.reason().isEmpty() ? "" : ": " + o.reason()));
            }
        }
        return outcomes.stream().allMatch(o -> o.result() == RepairOutcome.Result.REPAIRED) ? 0 : 1;
    }

    private void printPlan(PrintWriter out, CacheScan scan, List<ModuleVersion> chosen, Map<VersionId, Verdict> verdicts)
            throws IOException {
        if (plan.json) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (ModuleVersion v : chosen) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("path", v.path());
                row.put("version", v.version());
                row.put("status", verdicts.get(v.id()).status().name());
                row.put("commands", Repairer.commands(scan.root(), v));
                rows.add(row);
            }
            out.println(ScanReports.mapper().writeValueAsString(Map.of("plan", rows)));
            return;
        }
        out.println("Would repair " + Text.counted("count.version", chosen.size()) + ":");
        for (ModuleVersion v : chosen) {
            Verdict verdict = verdicts.get(v.id());
            out.println("  " + v.id() + "  (" + verdict.status().label() + ")");
            Repairer.commands(scan.root(), v).forEach(c -> out.println("      " + c));
        }
        out.println("Nothing was changed. Run again with --yes to repair.");
    }
}
