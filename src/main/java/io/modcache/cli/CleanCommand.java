package io.modcache.cli;

import io.modcache.cache.CacheScan;
import io.modcache.cache.ModulePattern;
import io.modcache.cache.ModuleVersion;
import io.modcache.cache.OtherEntry;
import io.modcache.clean.Candidate;
import io.modcache.clean.DeletionPlan;
import io.modcache.clean.DeletionPlanner;
import io.modcache.clean.DeletionResult;
import io.modcache.clean.FileLocks;
import io.modcache.system.PrivatePatterns;
import io.modcache.clean.SafeDeleter;
import io.modcache.clean.Scope;
import io.modcache.concurrent.CancellationToken;
import io.modcache.history.HistoryRecord;
import io.modcache.projects.GoSumIndex;
import io.modcache.projects.ProjectNeeds;
import io.modcache.report.CleanReports;
import io.modcache.report.ScanReports;
import io.modcache.select.RuleEngine;
import io.modcache.select.RuleOutcome;
import io.modcache.select.RuleSet;
import io.modcache.system.AccessTimeTracking;
import io.modcache.verify.Verdict;
import io.modcache.verify.VerificationService;
import io.modcache.verify.VerifyListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "clean", mixinStandardHelpOptions = true,
        description = {"Delete module versions from the cache, safely: go's own lock and recovery protocol, so a running "
                + "or later go command always recovers.",
                "Choose what goes by name (MODULE, MODULE@VERSION, golang.org/x/...), by rules (ANDed; with no pattern the "
                        + "whole cache is the candidate set), or --all. Versions a named project needs are protected from "
                        + "the rules unless --include-used; --broken overrides that.",
                "Without --yes it only shows what would be deleted, and why."})
final class CleanCommand implements Callable<Integer> {

    private final CliContext context;

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    CacheOption cacheOption = new CacheOption();

    @Option(names = "--scope", paramLabel = "SCOPE", defaultValue = "everything",
            description = "everything (default): tree and downloaded files, go downloads them again; "
                    + "extracted: the source tree only, go re-extracts it offline from the kept zip; "
                    + "source: tree and zip, go.mod and .info stay.")
    String scope;

    @picocli.CommandLine.Mixin
    PlanOptions plan = new PlanOptions();

    @Option(names = "--all", description = "Everything in the cache, like go clean -modcache.")
    boolean all;

    @Option(names = "--force-root", description = "Delete even if the folder does not look like a module cache.")
    boolean forceRoot;

    @picocli.CommandLine.Mixin
    ProjectOptions projectOptions = new ProjectOptions();

    @picocli.CommandLine.Mixin
    RuleOptions ruleOptions = new RuleOptions();

    @Parameters(paramLabel = "PATTERN", arity = "0..*",
            description = "Modules (all their versions), single versions (MODULE@VERSION), or patterns (golang.org/x/...).")
    List<String> targets = new ArrayList<>();

    CleanCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Scope chosenScope = parseScope();
        List<ModulePattern> patterns = targets.stream().map(ModulePattern::parse).toList();
        RuleSet rules = ruleOptions.toRuleSet(patterns, spec.commandLine());
        checkUsage(rules);
        GoSumIndex sums = projectOptions.goSums(spec, List.of());
        ProjectNeeds needs = projectOptions.needs(spec, context);
        if (rules.unused() && !needs.hasProjects()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--unused: no Go module was found below the --project folders");
        }
        CacheScan scan = CacheCommands.scanOrExplain(cacheOption.cache, spec, context);
        if (scan == null) {
            return 1;
        }
        List<ModuleVersion> every = scan.modules().stream().flatMap(m -> m.versions().stream()).toList();
        requireMatches(patterns, every);
        RuleOutcome outcome = RuleOutcome.NONE;
        List<Candidate> candidates;
        if (rules.any()) {
            outcome = RuleEngine.evaluate(rules, rules.broken() ? verified(scan, every, sums) : every, needs,
                    AccessTimeTracking.of(scan.root()), Instant.now(), scan.totalBytes());
            candidates = outcome.picks();
        } else {
            candidates = (all ? every : selected(patterns, every)).stream().map(Candidate::chosen).toList();
        }
        List<OtherEntry> others = all ? scan.other() : List.of();
        DeletionPlan plan = new DeletionPlanner(scan.root(), sums, PrivatePatterns.from(context.goEnv().get(), System.getenv()))
                .planCandidates(candidates, others, chosenScope, all, CancellationToken.NONE);
        if (!this.plan.acting()) {
            if (this.plan.json) {
                out.println(ScanReports.mapper().writeValueAsString(CleanReports.plan(plan, outcome.kept(), outcome.warnings())));
            } else {
                CleanOutput.printPlan(out, plan, outcome);
                out.println("Nothing was deleted. Run again with --yes to delete.");
            }
            return 0;
        }
        DeletionResult result = new SafeDeleter(context.workers().pool(), FileLocks.forThisPlatform())
                .execute(plan, forceRoot, (entry, error, bytes) -> { }, CancellationToken.NONE);
        if (!result.deleted().isEmpty()) {
            context.record(scan.root(), result.totalsAfter(scan), HistoryRecord.DELETION);
        }
        if (this.plan.json) {
            out.println(ScanReports.mapper().writeValueAsString(CleanReports.result(result)));
        } else {
            CleanOutput.printResult(out, plan, result);
        }
        return result.succeeded() && plan.unplanned().isEmpty() ? 0 : 1;
    }

    private void checkUsage(RuleSet rules) {
        if (all && (rules.any() || !targets.isEmpty())) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--all takes no modules and no rules");
        }
        if (!all && !rules.any() && targets.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "name modules or versions to delete, a rule, or --all");
        }
        if (rules.unused() && projectOptions.projects.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--unused needs the projects to judge by: give --project DIR");
        }
    }

    /** The versions with the verdicts verification (using the index) gives them now. */
    private List<ModuleVersion> verified(CacheScan scan, List<ModuleVersion> every, GoSumIndex sums) {
        Map<io.modcache.cache.VersionId, Verdict> verdicts = new VerificationService(context.workers().pool(), context.dirs().cache(),
                io.modcache.sumdb.ProvenanceChecker.offline(context::sumdb))
                .verify(scan.root(), every, true, true, sums, VerifyListener.NONE, CancellationToken.NONE).verdicts();
        return every.stream().map(v -> {
            Verdict verdict = verdicts.get(v.id());
            return verdict == null ? v : v.withVerdict(verdict.status(), verdict.problems());
        }).toList();
    }

    private Scope parseScope() {
        try {
            return Scope.valueOf(scope.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--scope must be everything, extracted or source, not " + scope);
        }
    }

    /** A pattern naming one module or version that is not in the cache is bad usage; a wildcard may match nothing. */
    private void requireMatches(List<ModulePattern> patterns, List<ModuleVersion> every) {
        for (ModulePattern p : patterns) {
            if (!p.hasWildcard() && every.stream().noneMatch(p::matches)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "not in the cache: " + p);
            }
        }
    }

    private static List<ModuleVersion> selected(List<ModulePattern> patterns, List<ModuleVersion> every) {
        Set<ModuleVersion> chosen = new LinkedHashSet<>();
        for (ModulePattern p : patterns) {
            every.stream().filter(p::matches).forEach(chosen::add);
        }
        return List.copyOf(chosen);
    }
}
