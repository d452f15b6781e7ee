package io.modcache.bench;

import io.modcache.cache.CacheScan;
import io.modcache.cache.CacheScanner;
import io.modcache.cache.ModuleVersion;
import io.modcache.cache.ScanListener;
import io.modcache.clean.DeletionListener;
import io.modcache.clean.DeletionPlan;
import io.modcache.clean.DeletionPlanner;
import io.modcache.clean.DeletionResult;
import io.modcache.clean.FileLocks;
import io.modcache.system.PrivatePatterns;
import io.modcache.clean.SafeDeleter;
import io.modcache.clean.Scope;
import io.modcache.concurrent.CancellationToken;
import io.modcache.concurrent.WorkerPool;
import io.modcache.projects.GoSumIndex;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.modcache.bench.BenchSupport.f;
import static io.modcache.bench.BenchSupport.median;
import static io.modcache.bench.BenchSupport.ratio;

/**
 * Deleting everything against {@code go clean -modcache}, and against plain {@code rm -rf} of the
 * module folders one at a time and eight at a time (which tells whether this disk rewards parallel
 * unlinks today), each on an identical copy made in the same round. Rounds alternate the order of
 * go and ours (A B, B A, ...); medians and ratios are printed, with the number of versions the
 * deleter settled on keeping in flight, and the share of scan and plan in {@code clean --all}.
 *
 * <p>usage: CleanBenchmark CACHE WORKDIR [ROUNDS]. Needs four times the cache's size free.
 */
public final class CleanBenchmark {

    public static void main(String[] args) throws Exception {
        Path source = Path.of(args[0]).toAbsolutePath();
        Path work = Files.createDirectories(Path.of(args[1]).toAbsolutePath());
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Map<String, List<Double>> times = new LinkedHashMap<>();
        List<Integer> settled = new ArrayList<>();
        List<Double> scanShare = new ArrayList<>();
        List<Double> planShare = new ArrayList<>();
        try (WorkerPool workers = new WorkerPool()) {
            for (int round = 0; round < rounds; round++) {
                Map<String, Path> copies = new LinkedHashMap<>();
                for (String name : List.of("go", "ours", "rm-1", "rm-8")) {
                    copies.put(name, copy(source, work.resolve("copy-" + name)));
                }
                List<String> order = round % 2 == 0 ? List.of("go", "ours", "rm-1", "rm-8") : List.of("ours", "go", "rm-8", "rm-1");
                for (String name : order) {
                    Path copy = copies.get(name);
                    BenchSupport.timeCommand(List.of("du", "-s", copy.toString())); // its metadata in the cache, as for the others
                    switch (name) {
                        case "go" -> add(times, "go clean -modcache", BenchSupport.timeCommand(List.of("env", "GOMODCACHE=" + copy,
                                "GOFLAGS=", "GOTOOLCHAIN=local", "GOTELEMETRY=off", "go", "clean", "-modcache")));
                        case "rm-1", "rm-8" -> add(times, "rm -rf, version folders " + (name.equals("rm-1") ? "one at a time" : "8 at a time"),
                                BenchSupport.timeCommand(List.of("sh", "-c", rmVersionFolders(copy, Integer.parseInt(name.substring(3))))));
                        default -> {
                            double[] ours = deleteEverything(workers, copy, settled);
                            add(times, "delete everything (the preview's Delete)", ours[2]);
                            add(times, "clean --all --yes: scan + plan + delete", ours[0] + ours[1] + ours[2]);
                            scanShare.add(ours[0] / (ours[0] + ours[1] + ours[2]));
                            planShare.add(ours[1] / (ours[0] + ours[1] + ours[2]));
                        }
                    }
                }
            }
        }
        double go = median(times.get("go clean -modcache"));
        System.out.printf("cache %s, %d rounds, go and ours alternating; medians%n", source, rounds);
        System.out.printf("%-48s %10s %10s   %s%n", "", "time", "vs go", "rounds");
        times.forEach((name, ts) -> System.out.printf("%-48s %10s %10s   %s%n", name, f(median(ts)), ratio(median(ts), go),
                ts.stream().map(BenchSupport::f).toList()));
        double rm1 = median(times.get("rm -rf, version folders one at a time"));
        double rm8 = median(times.get("rm -rf, version folders 8 at a time"));
        System.out.printf("parallel unlinks %s on this disk now (rm -rf 8 at a time / one at a time = %s)%n",
                rm8 < rm1 ? "pay" : "do not pay", ratio(rm8, rm1));
        System.out.printf("versions in flight the deleter settled on, per round: %s%n", settled);
        System.out.printf("share of clean --all: scan %.0f%%, plan %.0f%% (medians)%n", 100 * median(scanShare), 100 * median(planShare));
    }

    /** {scan, plan, delete} seconds; the settled concurrency goes to {@code settled}. */
    private static double[] deleteEverything(WorkerPool workers, Path copy, List<Integer> settled) throws Exception {
        long start = System.nanoTime();
        CacheScan scan = new CacheScanner(workers.pool()).scan(copy, ScanListener.NONE, CancellationToken.NONE);
        List<ModuleVersion> versions = scan.modules().stream().flatMap(m -> m.versions().stream()).toList();
        long scanned = System.nanoTime();
        DeletionPlan plan = new DeletionPlanner(copy, GoSumIndex.EMPTY, PrivatePatterns.NONE)
                .plan(versions, scan.other(), Scope.EVERYTHING, true, CancellationToken.NONE);
        long planned = System.nanoTime();
        DeletionResult result = new SafeDeleter(workers.pool(), FileLocks.forThisPlatform())
                .execute(plan, false, DeletionListener.NONE, CancellationToken.NONE);
        long done = System.nanoTime();
        if (!result.failed().isEmpty() || Files.list(copy).findAny().isPresent()) {
            throw new IllegalStateException("delete everything left something: " + result.failed());
        }
        settled.add(result.concurrency());
        return new double[] {(scanned - start) / 1e9, (planned - scanned) / 1e9, (done - planned) / 1e9};
    }

    /**
     * {@code rm -rf} of every version tree and every {@code @v} folder, {@code parallel} at a time
     * (eight folders per rm), then of what is left: plain tools' answer to whether this disk
     * rewards parallel unlinks.
     */
    private static String rmVersionFolders(Path copy, int parallel) {
        String c = "'" + copy + "'";
        return "{ find " + c + " -path " + c + "/cache -prune -o -type d -name '*@*' -prune -print0; "
                + "find " + c + "/cache/download -type d -name '@v' -prune -print0; } | xargs -0 -r -n 8 -P " + parallel
                + " rm -rf && rm -rf " + c;
    }

    private static Path copy(Path source, Path target) throws Exception {
        if (Files.exists(target)) {
            BenchSupport.timeCommand(List.of("sh", "-c", "chmod -R u+w '" + target + "' && rm -rf '" + target + "'"));
        }
        BenchSupport.timeCommand(List.of("cp", "-a", source.toString(), target.toString()));
        if (target.getFileName().toString().startsWith("copy-rm")) {
            // plain rm cannot enter go's read-only folders without privileges; go and ours make them writable themselves
            BenchSupport.timeCommand(List.of("chmod", "-R", "u+w", target.toString()));
        }
        return target;
    }

    private static void add(Map<String, List<Double>> times, String name, double seconds) {
        times.computeIfAbsent(name, k -> new ArrayList<>()).add(seconds);
    }
}
