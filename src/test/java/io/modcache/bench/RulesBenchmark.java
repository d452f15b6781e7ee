package io.modcache.bench;

import io.modcache.cache.CacheScan;
import io.modcache.cache.CacheScanner;
import io.modcache.cache.ModuleVersion;
import io.modcache.cache.ScanListener;
import io.modcache.concurrent.CancellationToken;
import io.modcache.concurrent.WorkerPool;
import io.modcache.projects.ProjectNeeds;
import io.modcache.projects.ProjectNeedsResolver;
import io.modcache.select.AgeSpec;
import io.modcache.select.RuleEngine;
import io.modcache.select.RuleOutcome;
import io.modcache.select.RuleSet;
import io.modcache.select.SizeSpec;
import io.modcache.system.AccessTimeTracking;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.modcache.bench.BenchSupport.median;

/**
 * Resolving the projects' needs (cold, then from its cache file) and evaluating rule combinations
 * on a scanned cache, after the scan. Run it through {@code bench/run.sh}: DIR holds gomodcache and
 * projects/p0..p9.
 */
public final class RulesBenchmark {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]).toAbsolutePath();
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 9;
        List<Path> projects;
        try (Stream<Path> s = Files.list(dir.resolve("projects"))) {
            projects = s.sorted().toList();
        }
        try (WorkerPool workers = new WorkerPool()) {
            CacheScan scan = new CacheScanner(workers.pool()).scan(dir.resolve("gomodcache"), ScanListener.NONE, CancellationToken.NONE);
            List<ModuleVersion> versions = scan.modules().stream().flatMap(m -> m.versions().stream()).toList();
            Path cacheFile = Files.createTempDirectory("needs").resolve("projects.json");
            List<Double> cold = new ArrayList<>();
            List<Double> warm = new ArrayList<>();
            ProjectNeeds needs = null;
            for (int i = 0; i < rounds; i++) {
                Files.deleteIfExists(cacheFile);
                long t0 = System.nanoTime();
                needs = new ProjectNeedsResolver(cacheFile).resolve(projects, CancellationToken.NONE);
                long t1 = System.nanoTime();
                new ProjectNeedsResolver(cacheFile).resolve(projects, CancellationToken.NONE);
                long t2 = System.nanoTime();
                cold.add((t1 - t0) / 1e6);
                warm.add((t2 - t1) / 1e6);
            }
            System.out.printf("%d versions, %d projects (%d modules)%n", versions.size(), projects.size(), needs.modules().size());
            System.out.printf("%-58s %8.1f ms%n", "resolve the projects' needs, cold (median)", median(cold));
            System.out.printf("%-58s %8.1f ms%n", "resolve the projects' needs, from its cache (median)", median(warm));
            // Every version is needed by one of the ten projects; naming the first half leaves half unused.
            List<Path> half = projects.subList(0, Math.max(1, projects.size() / 2));
            ProjectNeeds halfNeeds = new ProjectNeedsResolver(cacheFile).resolve(half, CancellationToken.NONE);
            System.out.printf("rules below name %d of the %d projects%n", half.size(), projects.size());
            AccessTimeTracking tracking = AccessTimeTracking.of(scan.root());
            Map<String, RuleSet> combos = new LinkedHashMap<>();
            combos.put("older than 90d", new RuleSet(AgeSpec.parse("90d"), null, false, false, null, false, List.of()));
            combos.put("keep newest 2", new RuleSet(null, 2, false, false, null, false, List.of()));
            combos.put("unused", new RuleSet(null, null, true, false, null, false, List.of()));
            combos.put("budget 5GiB", new RuleSet(null, null, false, false, SizeSpec.parse("5GiB"), false, List.of()));
            combos.put("older than 1h + keep newest 1 + unused + budget 2GiB",
                    new RuleSet(AgeSpec.parse("1h"), 1, true, false, SizeSpec.parse("2GiB"), false, List.of()));
            for (int warmup = 0; warmup < 20; warmup++) {
                combos.values().forEach(r -> RuleEngine.evaluate(r, versions, ProjectNeeds.NONE, tracking, Instant.now(), scan.totalBytes()));
            }
            for (Map.Entry<String, RuleSet> c : combos.entrySet()) {
                List<Double> times = new ArrayList<>();
                RuleOutcome o = null;
                for (int i = 0; i < rounds; i++) {
                    long t0 = System.nanoTime();
                    o = RuleEngine.evaluate(c.getValue(), versions, halfNeeds, tracking, Instant.now(), scan.totalBytes());
                    times.add((System.nanoTime() - t0) / 1e6);
                }
                System.out.printf("%-58s %8.1f ms  (%d picked, %d kept)%n", "evaluate: " + c.getKey(), median(times),
                        o.picks().size(), o.kept().size());
            }
        }
    }
}
