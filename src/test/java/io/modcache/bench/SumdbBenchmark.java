package io.modcache.bench;

import io.modcache.cache.CacheScan;
import io.modcache.cache.CacheScanner;
import io.modcache.cache.ModuleVersion;
import io.modcache.cache.ScanListener;
import io.modcache.concurrent.CancellationToken;
import io.modcache.concurrent.WorkerPool;
import io.modcache.sumdb.OnlineSumdb;
import io.modcache.sumdb.Provenance;
import io.modcache.sumdb.ProvenanceChecker;
import io.modcache.sumdb.SumdbConfig;
import io.modcache.system.PrivatePatterns;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The checksum database check of every cached version (bench/sumdb.sh prepares it): offline, from
 * the lookups and tiles go cached while looking every version up in the test database, against
 * the bare scan of the same cache; then online, every version looked up in that database over HTTP.
 * usage: SumdbBenchmark CACHE SUMDB_CACHE GOSUMDB GOPATH ROUNDS
 */
public final class SumdbBenchmark {

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        Path sumdbCache = Path.of(args[1]);
        SumdbConfig config = SumdbConfig.parse(args[2], PrivatePatterns.NONE, Path.of(args[3]));
        int rounds = Integer.parseInt(args[4]);
        try (WorkerPool workers = new WorkerPool()) {
            double scanBest = Double.MAX_VALUE;
            double offlineBest = Double.MAX_VALUE;
            double onlineBest = Double.MAX_VALUE;
            Map<Provenance.State, Integer> offlineStates = new TreeMap<>();
            Map<Provenance.State, Integer> onlineStates = new TreeMap<>();
            List<ModuleVersion> versions = List.of();
            for (int r = 0; r < rounds; r++) {
                long t0 = System.nanoTime();
                CacheScan scan = new CacheScanner(workers.pool()).scan(root, ScanListener.NONE, CancellationToken.NONE);
                scanBest = Math.min(scanBest, (System.nanoTime() - t0) / 1e9);
                versions = scan.modules().stream().flatMap(m -> m.versions().stream()).toList();

                t0 = System.nanoTime();
                Map<Provenance.State, Integer> states = check(workers, root, versions, new ProvenanceChecker(sumdbCache, config));
                offlineBest = Math.min(offlineBest, (System.nanoTime() - t0) / 1e9);
                offlineStates = states;

                Path empty = Files.createTempDirectory("modcache-bench-nosumdb");
                t0 = System.nanoTime();
                states = check(workers, root, versions, new ProvenanceChecker(empty, config,
                        new OnlineSumdb(config, "off", Map.of())));
                onlineBest = Math.min(onlineBest, (System.nanoTime() - t0) / 1e9);
                onlineStates = states;
            }
            System.out.printf("%d versions; %d workers; best of %d%n", versions.size(), workers.parallelism(), rounds);
            System.out.printf("offline answers: %s%nonline answers:  %s%n", offlineStates, onlineStates);
            System.out.printf("%-58s %9s %9s%n", "", "time", "target");
            System.out.printf("%-58s %8.2fs %9s%n", "scan of the cache (the anchor)", scanBest, "");
            System.out.printf("%-58s %8.2fs %9s%n", "offline check after the scan (lookups, tiles, proofs)", offlineBest, "2 s");
            System.out.printf("%-58s %8.2fs %9s%n", "online check, every version asked over HTTP", onlineBest, "10 s");
        }
    }

    /** Each version's hashes as verify has them (its .ziphash and the h1 of its .mod), then the check, on the pool. */
    private static Map<Provenance.State, Integer> check(WorkerPool workers, Path root, List<ModuleVersion> versions,
                                                        ProvenanceChecker checker) throws Exception {
        Map<Provenance.State, Integer> states = new ConcurrentHashMap<>();
        workers.pool().submit(() -> versions.parallelStream()
                .forEach(v -> states.merge(io.modcache.verify.Verdicts.provenanceFromFiles(checker, root, v).state(), 1, Integer::sum))).get();
        return new TreeMap<>(states);
    }
}
