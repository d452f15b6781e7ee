package io.modcache.cli;

import io.modcache.text.Text;
import io.modcache.cache.CacheModule;
import io.modcache.cache.CacheScan;
import io.modcache.cache.ModulePattern;
import io.modcache.cache.ModuleVersion;
import io.modcache.cache.VerificationStatus;
import io.modcache.concurrent.CancellationToken;
import io.modcache.projects.GoSumIndex;
import io.modcache.report.ScanReports;
import io.modcache.system.AccessTimeTracking;
import io.modcache.sumdb.Provenance;
import io.modcache.sumdb.ProvenanceChecker;
import io.modcache.verify.Verdict;
import io.modcache.verify.Verdicts;
import io.modcache.verify.VerificationService;
import io.modcache.verify.VerifyListener;
import io.modcache.verify.VerifyResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Verify cached module versions as 'go mod verify' does, every one of them, and check them "
                + "against the go.sum files of your projects and the checksum database go uses (GOSUMDB), offline: "
                + "from the records and tiles go cached when it consulted it.",
                "Exit status: 0 when no version failed, 1 when any is modified, mismatched (go.sum or checksum database), "
                + "corrupt, incomplete or unreadable."})
final class VerifyCommand implements Callable<Integer> {

    private final CliContext context;

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    CacheOption cacheOption = new CacheOption();

    @picocli.CommandLine.Mixin
    ProjectOptions projectOptions = new ProjectOptions();

    @Option(names = "--gosum", paramLabel = "FILE", converter = CacheOption.NonEmptyPath.class, description = "A go.sum file to check against. Repeatable.")
    List<Path> goSums = new ArrayList<>();

    @Option(names = "--json", description = "Print the scan report with every version's status and problems, plus a summary.")
    boolean json;

    /** How to ask the checksum database. */
    enum SumdbMode { offline, online, off }

    @Option(names = "--sumdb", paramLabel = "MODE", defaultValue = "offline",
            description = "offline (default): check every version against what go cached from the checksum database; "
                    + "online: ask the database itself about what go did not cache (never about GONOSUMDB/GOPRIVATE "
                    + "modules); off: do not ask.")
    SumdbMode sumdb;

    @Parameters(paramLabel = "PATTERN[@VERSION]", arity = "0..*",
            description = "Only these modules (go's ... wildcard works), or these versions. Default: every version.")
    List<String> patterns = new ArrayList<>();

    VerifyCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        GoSumIndex sums = projectOptions.goSums(spec, goSums);
        CacheScan scan = CacheCommands.scanOrExplain(cacheOption.cache, spec, context);
        if (scan == null) {
            return 1;
        }
        List<ModulePattern> selection = patterns.stream().map(ModulePattern::parse).toList();
        List<ModuleVersion> versions = scan.modules().stream().flatMap(m -> m.versions().stream())
                .filter(v -> selection.isEmpty() || selection.stream().anyMatch(p -> p.matches(v))).toList();
        for (ModulePattern p : selection) {
            if (!p.hasWildcard() && versions.stream().noneMatch(p::matches)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "not in the cache: " + p);
            }
        }
        sums.problems().forEach(p -> err.println("warning: " + p));

        java.util.function.Function<Path, ProvenanceChecker> sumdbConfig = switch (sumdb) {
            case off -> null;
            case offline -> ProvenanceChecker.offline(context::sumdb);
            case online -> ProvenanceChecker.online(context::sumdb, context::goproxy, System.getenv());
        };
        VerifyResult result = new VerificationService(context.workers().pool(), context.dirs().cache(), sumdbConfig)
                .verify(scan.root(), versions, selection.isEmpty(), true, sums, VerifyListener.NONE, CancellationToken.NONE);

        Map<VerificationStatus, Long> summary = new EnumMap<>(VerificationStatus.class);
        result.verdicts().values().forEach(v -> summary.merge(v.status(), 1L, Long::sum));
        boolean failed = result.verdicts().values().stream().anyMatch(Verdict::failed);
        if (json) {
            CacheScan judged = withVerdicts(scan, versions, result);
            Map<String, Long> counts = new LinkedHashMap<>();
            Verdicts.SEVERITY.stream().filter(summary::containsKey).forEach(s -> counts.put(s.name(), summary.get(s)));
            Map<io.modcache.cache.VersionId, String> provenance = sumdbConfig == null ? null : new java.util.HashMap<>();
            if (provenance != null) {
                result.verdicts().forEach((id, v) -> {
                    if (v.provenance() != null) {
                        provenance.put(id, v.provenance().state().word());
                    }
                });
            }
            out.println(ScanReports.reportWriter().writeValueAsString(ScanReports.toReport(judged, counts, null,
                    AccessTimeTracking.of(scan.root()), provenance)));
        } else {
            printHuman(out, versions, result, summary, failed);
        }
        return failed ? 1 : 0;
    }

    /** The scan restricted to the verified versions, each carrying its verdict. */
    private static CacheScan withVerdicts(CacheScan scan, List<ModuleVersion> selected, VerifyResult result) {
        java.util.Set<io.modcache.cache.VersionId> ids = new java.util.HashSet<>();
        selected.forEach(v -> ids.add(v.id()));
        List<CacheModule> modules = new ArrayList<>();
        for (CacheModule m : scan.modules()) {
            List<ModuleVersion> vs = m.versions().stream().filter(v -> ids.contains(v.id())).map(v -> {
                Verdict verdict = result.verdicts().get(v.id());
                return v.withVerdict(verdict.status(), verdict.problems());
            }).toList();
            if (!vs.isEmpty()) {
                modules.add(new CacheModule(m.path(), m.escapedPath(), m.ownBytes(), m.ownFiles(), vs));
            }
        }
        return new CacheScan(scan.root(), scan.scannedAt(), modules, scan.other(), scan.totalFiles(), scan.totalBytes(), scan.layout());
    }

    /** The checksum database's answers, counted, and each error with its reason (a mismatch is among the failures). */
    private static void printProvenance(PrintWriter out, List<ModuleVersion> versions, VerifyResult result) {
        Map<Provenance.State, Long> counts = new EnumMap<>(Provenance.State.class);
        java.util.Set<String> unasked = new java.util.LinkedHashSet<>();
        for (ModuleVersion v : versions) {
            Provenance p = result.verdicts().get(v.id()).provenance();
            if (p == null) {
                return;
            }
            counts.merge(p.state(), 1L, Long::sum);
            if (p.state() == Provenance.State.ERROR) {
                out.println(v.path() + " " + v.version() + ": checksum database: " + p.detail());
            } else if (p.state() == Provenance.State.UNKNOWN && p.detail().startsWith("cannot ask ")) {
                unasked.add(p.detail()); // the same for every version when the database cannot be reached: said once
            }
        }
        List<String> parts = new ArrayList<>();
        counts.forEach((state, n) -> parts.add(n + " " + state.word()));
        out.println("checksum database: " + String.join(", ", parts));
        unasked.forEach(reason -> out.println("  " + reason));
    }

    private static void printHuman(PrintWriter out, List<ModuleVersion> versions, VerifyResult result,
                                   Map<VerificationStatus, Long> summary, boolean failed) {
        for (ModuleVersion v : versions) {
            Verdict verdict = result.verdicts().get(v.id());
            if (verdict.failed()) {
                verdict.problemTexts().forEach(p -> out.println(v.path() + " " + v.version() + ": " + p));
            }
        }
        if (!failed) {
            out.println("all modules verified");
        }
        List<String> parts = new ArrayList<>();
        Verdicts.SEVERITY.stream().filter(summary::containsKey).forEach(s -> parts.add(Text.count(summary.get(s)) + " " + s.label()));
        out.printf("%s: %s (%s read, %s unchanged since last verified)%n", Text.counted("count.version", versions.size()),
                String.join(", ", parts), Text.count(result.checked()), Text.count(result.reused()));
        printProvenance(out, versions, result);
    }
}
