package io.modcache.cli;

import io.modcache.text.Text;
import io.modcache.cache.CacheLocation;
import io.modcache.cache.CacheModule;
import io.modcache.cache.CacheScan;
import io.modcache.cache.OtherEntry;
import io.modcache.projects.ProjectNeeds;
import io.modcache.text.ByteSizes;
import io.modcache.system.AccessTimeTracking;
import io.modcache.report.ScanReports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "scan", mixinStandardHelpOptions = true,
        description = "List the modules in the cache with their versions and sizes, largest first.")
final class ScanCommand implements Callable<Integer> {

    private final CliContext context;

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    CacheOption cacheOption = new CacheOption();

    @Option(names = "--json", description = "Print the scan as JSON (see README for the format).")
    boolean json;

    @picocli.CommandLine.Mixin
    ProjectOptions projectOptions = new ProjectOptions();

    @Option(names = "--sumdb", description = "Also say what the checksum database says of each version, offline, from what "
            + "go cached (with --json: \"sumdb\" per version and \"sumdbSummary\"). verify does it by default.")
    boolean sumdb;

    ScanCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        ProjectNeeds needs = projectOptions.projects.isEmpty() ? null : projectOptions.needs(spec, context);
        CacheLocation[] location = {null};
        CacheScan scan = CacheCommands.scanOrExplain(context.listingScans(), cacheOption.cache, spec, context,
                where -> location[0] = where);
        if (scan == null) {
            return 1;
        }
        Map<io.modcache.cache.VersionId, String> provenance = sumdb ? provenance(scan) : null;
        if (json) {
            // straight to the output, not first into a string of the whole report (825 KB for 2,900 versions)
            ScanReports.reportWriter().writeValue(out, ScanReports.toReport(scan, null, needs, AccessTimeTracking.of(scan.root()),
                    provenance));
            out.println();
            return 0;
        }
        printHuman(out, location[0], scan);
        if (provenance != null) {
            Map<String, Long> counts = new java.util.TreeMap<>();
            provenance.values().forEach(w -> counts.merge(w, 1L, Long::sum));
            List<String> parts = new java.util.ArrayList<>();
            counts.forEach((w, n) -> parts.add(n + " " + w));
            out.println("checksum database: " + String.join(", ", parts));
        }
        return 0;
    }

    /** Each version's answer from the checksum database, offline, with the hashes its .ziphash and .mod give. */
    private Map<io.modcache.cache.VersionId, String> provenance(CacheScan scan) {
        io.modcache.sumdb.ProvenanceChecker checker = new io.modcache.sumdb.ProvenanceChecker(scan.root(), context.sumdb());
        Map<io.modcache.cache.VersionId, String> words = new java.util.concurrent.ConcurrentHashMap<>();
        List<io.modcache.cache.ModuleVersion> versions = scan.modules().stream().flatMap(m -> m.versions().stream()).toList();
        context.workers().pool().submit(() -> versions.parallelStream()
                .forEach(v -> words.put(v.id(), io.modcache.verify.Verdicts.provenanceFromFiles(checker, scan.root(), v).state().word()))).join();
        return words;
    }

    private static void printHuman(PrintWriter out, CacheLocation location, CacheScan scan) {
        out.println("Module cache: " + location.describe());
        List<CacheModule> bySize = scan.modules().stream()
                .sorted(Comparator.comparingLong(CacheModule::bytes).reversed().thenComparing(CacheModule::path))
                .toList();
        if (!bySize.isEmpty()) {
            out.printf("%10s  %8s  %s%n", "SIZE", "VERSIONS", "MODULE");
        }
        for (CacheModule m : bySize) {
            out.printf("%10s  %8s  %s%n", ByteSizes.format(m.bytes()), Text.count(m.versions().size()), m.path());
        }
        if (!scan.other().isEmpty()) {
            out.println();
            out.printf("%10s  %8s  %s%n", "SIZE", "KIND", "OTHER");
            for (OtherEntry o : scan.other()) {
                out.printf("%10s  %8s  %s%n", ByteSizes.format(o.bytes()), o.kind().label(), o.path());
            }
        }
        long flagged = scan.modules().stream().flatMap(m -> m.versions().stream())
                .filter(v -> !v.problems().isEmpty()).count();
        out.println();
        out.printf("Total: %s, %s, %s, %s (%s bytes)%n", Text.counted("count.module", scan.modules().size()),
                Text.counted("count.version", scan.versionCount()), Text.counted("count.file", scan.totalFiles()),
                ByteSizes.format(scan.totalBytes()), Text.count(scan.totalBytes()));
        if (flagged > 0) {
            out.printf("%s:%n", Text.get("cli.problems", flagged, String.valueOf(flagged)));
            scan.modules().stream().flatMap(m -> m.versions().stream()).filter(v -> !v.problems().isEmpty())
                    .forEach(v -> out.printf("  %s: %s%n", v.id(), String.join("; ", v.problemTexts())));
        }
        if (scan.layout() == CacheScan.Layout.NOT_A_MODULE_CACHE) {
            out.println("Note: this folder does not look like a Go module cache (no cache/download, no module@version folders).");
        }
    }
}
