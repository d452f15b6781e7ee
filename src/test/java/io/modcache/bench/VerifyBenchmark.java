package io.modcache.bench;

import io.modcache.cache.CacheScan;
import io.modcache.cache.CacheScanner;
import io.modcache.cache.ModuleVersion;
import io.modcache.cache.ScanListener;
import io.modcache.cache.VerificationStatus;
import io.modcache.concurrent.CancellationToken;
import io.modcache.concurrent.WorkerPool;
import io.modcache.projects.GoSumIndex;
import io.modcache.verify.VerificationService;
import io.modcache.verify.VerifyListener;
import io.modcache.verify.VerifyResult;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static io.modcache.bench.BenchSupport.f;
import static io.modcache.bench.BenchSupport.ratio;

/**
 * Verifying every cached version against {@code go mod verify} in each project of a
 * make-real-cache.sh tree (which together cover every version), in the same run; then
 * re-verifying the unchanged cache from the index.
 */
public final class VerifyBenchmark {

    public static void main(String[] args) throws Exception {
        Path base = Path.of(args[0]).toAbsolutePath();
        Path root = base.resolve("gomodcache");
        List<Path> projects;
        try (Stream<Path> s = Files.list(base.resolve("projects"))) {
            projects = s.filter(Files::isDirectory).sorted().toList();
        }
        List<String> envPrefix = List.of("env", "GOMODCACHE=" + root, "GOPROXY=off", "GOSUMDB=off", "GONOSUMDB=*",
                "GOFLAGS=-mod=mod", "GOTOOLCHAIN=local", "GOTELEMETRY=off", "GOPATH=" + base.resolve("gopath"),
                "GOCACHE=" + base.resolve("gobuildcache"));

        // Warm the page cache for both sides: one go mod verify pass over everything.
        // (-Dbench.goSeconds=N skips go while iterating on our side; recorded figures never use it.)
        double goTotal = Double.parseDouble(System.getProperty("bench.goSeconds", "0"));
        if (goTotal == 0) {
            for (Path p : projects) {
                goVerify(envPrefix, p);
            }
            for (Path p : projects) {
                goTotal += goVerify(envPrefix, p);
            }
        }

        try (WorkerPool workers = new WorkerPool()) {
            Path indexDir = Files.createTempDirectory("modcache-bench-index");
            long start = System.nanoTime();
            CacheScan scan = new CacheScanner(workers.pool()).scan(root, ScanListener.NONE, CancellationToken.NONE);
            List<ModuleVersion> versions = scan.modules().stream().flatMap(m -> m.versions().stream()).toList();
            GoSumIndex sums = GoSumIndex.load(projects, List.of(), CancellationToken.NONE);
            VerifyResult first = new VerificationService(workers.pool(), indexDir)
                    .verify(root, versions, true, true, sums, VerifyListener.NONE, CancellationToken.NONE);
            double ours = (System.nanoTime() - start) / 1e9;

            start = System.nanoTime();
            CacheScan again = new CacheScanner(workers.pool()).scan(root, ScanListener.NONE, CancellationToken.NONE);
            List<ModuleVersion> againVersions = again.modules().stream().flatMap(m -> m.versions().stream()).toList();
            VerifyResult second = new VerificationService(workers.pool(), indexDir)
                    .verify(root, againVersions, true, true, GoSumIndex.load(projects, List.of(), CancellationToken.NONE),
                            VerifyListener.NONE, CancellationToken.NONE);
            double reverify = (System.nanoTime() - start) / 1e9;

            Map<VerificationStatus, Integer> statuses = new TreeMap<>();
            first.verdicts().values().forEach(v -> statuses.merge(v.status(), 1, Integer::sum));
            System.out.printf("cache: %s, %d versions, %d files, %d bytes; %d projects; %d workers%n", root,
                    versions.size(), scan.totalFiles(), scan.totalBytes(), projects.size(), workers.parallelism());
            System.out.printf("verdicts: %s%n", statuses);
            System.out.printf("%-52s %10s %10s%n", "", "time", "vs go");
            System.out.printf("%-52s %10s %10s%n", "go mod verify in every project (sum)", f(goTotal), "1.00x");
            System.out.printf("%-52s %10s %10s%n", "verify every version (scan + hash, empty index)", f(ours), ratio(ours, goTotal));
            System.out.printf("%-52s %10s %10s%n", "re-verify unchanged cache (scan + index)", f(reverify), ratio(reverify, goTotal));
            System.out.printf("read %d versions the first time, %d the second (%d from the index)%n",
                    first.checked(), second.checked(), second.reused());
        }
    }

    private static double goVerify(List<String> envPrefix, Path project) throws Exception {
        List<String> cmd = new ArrayList<>(envPrefix);
        cmd.addAll(List.of("sh", "-c", "cd '" + project + "' && go mod verify"));
        return BenchSupport.timeCommand(cmd);
    }
}
