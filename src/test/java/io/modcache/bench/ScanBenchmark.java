package io.modcache.bench;

import io.modcache.cache.CacheScan;
import io.modcache.cache.CacheScanner;
import io.modcache.cache.ModuleVersion;
import io.modcache.cache.ScanListener;
import io.modcache.concurrent.CancellationToken;
import io.modcache.concurrent.WorkerPool;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static io.modcache.bench.BenchSupport.f;
import static io.modcache.bench.BenchSupport.median;
import static io.modcache.bench.BenchSupport.ratio;

/**
 * Scan speed against {@code du -s} on the same tree, in the same run, warm page cache; plus time
 * to the first reported version and the heap. Run it through {@code bench/run.sh}.
 */
public final class ScanBenchmark {

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]).toAbsolutePath();
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        String jar = args.length > 2 ? args[2] : "target/modcache-explorer.jar";
        List<String> du = List.of("du", "-s", root.toString());
        List<String> cli = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", jar, "scan", "--cache", root.toString(), "--json");

        try (WorkerPool workers = new WorkerPool()) {
            CacheScanner scanner = new CacheScanner(workers.pool());
            // Warm the page cache and the JIT before measuring anything.
            BenchSupport.timeCommand(du);
            CacheScan scan = null;
            for (int i = 0; i < 3; i++) {
                scan = scanner.scan(root, ScanListener.NONE, CancellationToken.NONE);
            }
            System.out.printf("cache: %s%n  %d modules, %d versions, %d files, %d bytes; %d workers; max heap %d MiB%n",
                    root, scan.modules().size(), scan.versionCount(), scan.totalFiles(), scan.totalBytes(),
                    workers.parallelism(), Runtime.getRuntime().maxMemory() / 1048576);

            List<Double> duTimes = new ArrayList<>();
            List<Double> scanTimes = new ArrayList<>();
            List<Double> firstTimes = new ArrayList<>();
            List<Double> cliTimes = new ArrayList<>();
            double peak = 0;
            for (int i = 0; i < rounds; i++) {
                duTimes.add(BenchSupport.timeCommand(du));
                BenchSupport.resetHeapPeaks();
                long start = System.nanoTime();
                AtomicLong first = new AtomicLong();
                ScanListener firstVersion = new ScanListener() {
                    @Override
                    public void versionFound(ModuleVersion v) {
                        first.compareAndSet(0, System.nanoTime());
                    }
                };
                scan = scanner.scan(root, firstVersion, CancellationToken.NONE);
                scanTimes.add((System.nanoTime() - start) / 1e9);
                firstTimes.add((first.get() - start) / 1e9);
                peak = Math.max(peak, BenchSupport.heapPeakMiB());
                cliTimes.add(BenchSupport.timeCommand(cli));
            }
            double duMedian = median(duTimes);
            double scanMedian = median(scanTimes);
            double cliMedian = median(cliTimes);
            System.out.printf("%-44s %10s %10s%n", "median of " + rounds + " rounds", "time", "vs du -s");
            System.out.printf("%-44s %10s %10s%n", "du -s", f(duMedian), "1.00x");
            System.out.printf("%-44s %10s %10s%n", "scan (in process, warm JVM)", f(scanMedian), ratio(scanMedian, duMedian));
            System.out.printf("%-44s %10s %10s%n", "modcache-explorer scan --json (new JVM)", f(cliMedian), ratio(cliMedian, duMedian));
            System.out.printf("%-44s %10s%n", "first version reported after", f(median(firstTimes)));
            System.out.printf("%-44s %7.1f MiB%n", "heap peak during a scan (all heap pools)", peak);
            System.out.printf("%-44s %7.1f MiB%n", "heap after GC, scan result retained", BenchSupport.heapAfterGcMiB());
            System.out.println("(result kept alive: " + scan.versionCount() + " versions)");
        }
    }
}
