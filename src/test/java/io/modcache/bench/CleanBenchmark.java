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
import io.modcache.clean.PrivatePatterns;
import io.modcache.clean.SafeDeleter;
import io.modcache.clean.Scope;
import io.modcache.concurrent.CancellationToken;
import io.modcache.concurrent.WorkerPool;
import io.modcache.projects.GoSumIndex;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.modcache.bench.BenchSupport.f;
import static io.modcache.bench.BenchSupport.ratio;

/**
 * Deleting everything in a cache against {@code go clean -modcache} on an identical copy, in the
 * same run. Copies are made with {@code cp -a} (which also warms the page cache for both).
 */
public final class CleanBenchmark {

    public static void main(String[] args) throws Exception {
        Path source = Path.of(args[0]).toAbsolutePath();
        Path work = Files.createDirectories(Path.of(args[1]).toAbsolutePath());
        Path forGo = work.resolve("copy-go");
        Path forUs = work.resolve("copy-ours");
        for (Path p : List.of(forGo, forUs)) {
            if (Files.exists(p)) {
                BenchSupport.timeCommand(List.of("sh", "-c", "chmod -R u+w '" + p + "' && rm -rf '" + p + "'"));
            }
            BenchSupport.timeCommand(List.of("cp", "-a", source.toString(), p.toString()));
        }
        BenchSupport.timeCommand(List.of("du", "-s", forGo.toString(), forUs.toString()));

        double goSeconds = BenchSupport.timeCommand(List.of("env", "GOMODCACHE=" + forGo, "GOFLAGS=", "GOTOOLCHAIN=local",
                "GOTELEMETRY=off", "go", "clean", "-modcache"));

        try (WorkerPool workers = new WorkerPool()) {
            long start = System.nanoTime();
            CacheScan scan = new CacheScanner(workers.pool()).scan(forUs, ScanListener.NONE, CancellationToken.NONE);
            List<ModuleVersion> versions = scan.modules().stream().flatMap(m -> m.versions().stream()).toList();
            DeletionPlan plan = new DeletionPlanner(forUs, GoSumIndex.EMPTY, PrivatePatterns.NONE)
                    .plan(versions, scan.other(), Scope.EVERYTHING, true, CancellationToken.NONE);
            long planned = System.nanoTime();
            DeletionResult result = new SafeDeleter(workers.pool(), FileLocks.forThisPlatform())
                    .execute(plan, false, DeletionListener.NONE, CancellationToken.NONE);
            long done = System.nanoTime();
            double deleteOnly = (done - planned) / 1e9;
            double all = (done - start) / 1e9;
            System.out.printf("cache: %s, %d versions, %d files, %d bytes; %d workers%n", source, versions.size(),
                    scan.totalFiles(), scan.totalBytes(), workers.parallelism());
            System.out.printf("deleted %d entries, %d failed, freed %d bytes%n", result.deleted().size(), result.failed().size(),
                    result.freedBytes());
            System.out.printf("%-52s %10s %10s%n", "", "time", "vs go");
            System.out.printf("%-52s %10s %10s%n", "go clean -modcache (copy 1)", f(goSeconds), "1.00x");
            System.out.printf("%-52s %10s %10s%n", "delete everything, as the preview's Delete (copy 2)", f(deleteOnly), ratio(deleteOnly, goSeconds));
            System.out.printf("%-52s %10s %10s%n", "scan + plan + delete everything (clean --all --yes)", f(all), ratio(all, goSeconds));
        }
    }
}
