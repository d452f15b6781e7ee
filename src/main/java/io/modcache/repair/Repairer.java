package io.modcache.repair;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modcache.cache.CacheScan;
import io.modcache.cache.CacheScanner;
import io.modcache.cache.ModuleVersion;
import io.modcache.cache.ScanListener;
import io.modcache.cache.VersionId;
import io.modcache.clean.DeletionPlan;
import io.modcache.clean.DeletionPlanner;
import io.modcache.clean.DeletionResult;
import io.modcache.clean.SafeDeleter;
import io.modcache.clean.Scope;
import io.modcache.concurrent.CancellationToken;
import io.modcache.projects.GoSumIndex;
import io.modcache.sumdb.Provenance;
import io.modcache.sumdb.ProvenanceChecker;
import io.modcache.sumdb.SumdbConfig;
import io.modcache.system.PrivatePatterns;
import io.modcache.verify.Verdict;
import io.modcache.verify.VerificationService;
import io.modcache.verify.VerifyListener;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;

/**
 * Repairs broken or polluted versions without ever being worse off: first a fresh copy is
 * downloaded by go into a temporary module cache beside the real one (the user's proxy, checksum
 * database and flags), and verified there, by the same checks and against the checksum database;
 * only then is the broken version deleted with the safe protocol, and go fills it again from the
 * good copy ({@code GOPROXY=file://<temporary cache>/cache/download}); it is verified once more,
 * and the temporary cache removed. A version no good copy can be had for is left exactly as it was.
 */
public final class Repairer {

    /** Hears which step a version is at: the CLI and the window show progress, tests stop at a step. */
    public interface Listener {
        Listener NONE = (v, step) -> { };

        void step(VersionId version, Step step);
    }

    public enum Step { FETCHING, CHECKING_COPY, DELETING, REFILLING, CHECKING }

    private final GoRunner go;
    private final ForkJoinPool pool;
    private final SafeDeleter deleter;
    private final SumdbConfig sumdb;
    private final PrivatePatterns privacy;
    private final GoSumIndex sums;

    /** @param sums the go.sum files of the user's projects: a copy they disagree with is no good copy */
    public Repairer(GoRunner go, ForkJoinPool pool, SafeDeleter deleter, SumdbConfig sumdb, PrivatePatterns privacy, GoSumIndex sums) {
        this.sums = sums;
        this.go = go;
        this.pool = pool;
        this.deleter = deleter;
        this.sumdb = sumdb;
        this.privacy = privacy;
    }

    /** The commands a repair of {@code v} runs, for {@code --dry-run}. */
    public static List<String> commands(Path root, ModuleVersion v) {
        Path temp = temporaryCacheBeside(root, "XXXX");
        return List.of(
                "GOMODCACHE=" + temp + " go mod download -json " + v.id(),
                "(verify " + v.id() + " in " + temp + ", and against the checksum database)",
                "(delete " + v.id() + " from " + root + ", as clean does)",
                "GOMODCACHE=" + root + " GOPROXY=file://" + temp.resolve("cache/download") + " go mod download -json " + v.id(),
                "(verify " + v.id() + " again; remove " + temp + ")");
    }

    public List<RepairOutcome> repair(Path root, List<ModuleVersion> versions, Listener listener, CancellationToken cancel)
            throws IOException {
        removeAbandoned(root);
        List<RepairOutcome> outcomes = new ArrayList<>();
        for (ModuleVersion v : versions) {
            cancel.throwIfCancelled();
            outcomes.add(repairOne(root, v, listener, cancel));
        }
        return outcomes;
    }

    private RepairOutcome repairOne(Path root, ModuleVersion v, Listener listener, CancellationToken cancel) throws IOException {
        Path temp = Files.createTempDirectory(root.toAbsolutePath().getParent(), PREFIX + ProcessHandle.current().pid() + "-");
        try {
            listener.step(v.id(), Step.FETCHING);
            Path work = Files.createDirectories(temp.resolve("work"));
            Path copyCache = temp.resolve("gomodcache");
            String fetchError = download(work, Map.of("GOMODCACHE", copyCache.toString()), v);
            if (fetchError != null) {
                return new RepairOutcome(v.id(), RepairOutcome.Result.LEFT, "no good copy: " + fetchError);
            }
            listener.step(v.id(), Step.CHECKING_COPY);
            String copyProblem = problemOf(copyCache, v.id(), cancel);
            if (copyProblem != null) {
                return new RepairOutcome(v.id(), RepairOutcome.Result.LEFT, "the fresh copy is no better: " + copyProblem);
            }
            cancel.throwIfCancelled();
            listener.step(v.id(), Step.DELETING);
            DeletionPlan plan = new DeletionPlanner(root, GoSumIndex.EMPTY, privacy)
                    .plan(List.of(v), List.of(), Scope.EVERYTHING, false, cancel);
            DeletionResult deleted = deleter.execute(plan, false, (entry, error, bytes) -> { }, cancel);
            if (!deleted.succeeded()) {
                return new RepairOutcome(v.id(), RepairOutcome.Result.FAILED, "cannot delete it: "
                        + deleted.failed().stream().map(f -> f.error()).findFirst().orElse("unplanned"));
            }
            cancel.throwIfCancelled();
            listener.step(v.id(), Step.REFILLING);
            String refillError = download(work, Map.of("GOMODCACHE", root.toString(),
                    "GOPROXY", copyCache.resolve("cache").resolve("download").toUri().toString()), v);
            if (refillError != null) {
                return new RepairOutcome(v.id(), RepairOutcome.Result.FAILED, "deleted, but go could not fill it again: " + refillError
                        + " (go downloads it when a build needs it)");
            }
            listener.step(v.id(), Step.CHECKING);
            String after = problemOf(root, v.id(), cancel);
            return after == null ? new RepairOutcome(v.id(), RepairOutcome.Result.REPAIRED, "")
                    : new RepairOutcome(v.id(), RepairOutcome.Result.FAILED, "still broken after the repair: " + after);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new RepairOutcome(v.id(), RepairOutcome.Result.FAILED, "interrupted");
        } finally {
            removeTree(temp);
        }
    }

    /** {@code go mod download -json path@version}; go's error, or null when it worked. */
    private String download(Path work, Map<String, String> changes, ModuleVersion v) throws IOException, InterruptedException {
        GoRunner.Result r = go.run(work, changes, "mod", "download", "-json", v.id().toString());
        String error = null;
        try {
            JsonNode json = new ObjectMapper().readTree(r.stdout());
            if (json != null && json.hasNonNull("Error")) {
                error = json.get("Error").asText();
            }
        } catch (IOException e) {
            // no JSON: go failed before it could say why there; its standard error says it
        }
        if (error == null && r.exitCode() != 0) {
            error = r.stderr().isBlank() ? "go exited " + r.exitCode() : r.stderr().strip();
        }
        return error;
    }

    /** Why the version in the cache at {@code cacheRoot} is not good (verdict or checksum database), or null. */
    private String problemOf(Path cacheRoot, VersionId id, CancellationToken cancel) throws IOException {
        CacheScan scan = new CacheScanner(pool).scan(cacheRoot, ScanListener.NONE, cancel);
        ModuleVersion found = scan.modules().stream().flatMap(m -> m.versions().stream()).filter(x -> x.id().equals(id))
                .findFirst().orElse(null);
        if (found == null) {
            return "it is not in " + cacheRoot;
        }
        Verdict verdict = new VerificationService(pool, null, ProvenanceChecker.offline(() -> sumdb))
                .verify(cacheRoot, List.of(found), false, true, sums, VerifyListener.NONE, cancel).verdicts().get(id);
        if (verdict.failed()) {
            return verdict.status().label() + ": " + String.join("; ", verdict.problemTexts());
        }
        Provenance p = verdict.provenance();
        if (p != null && p.state() == Provenance.State.ERROR) {
            return "checksum database: " + p.detail();
        }
        return null;
    }

    static Path temporaryCacheBeside(Path root, String suffix) {
        return root.toAbsolutePath().getParent().resolve(PREFIX + suffix);
    }

    /** Temporary caches are named for the process that made them: {@code .modcache-repair-<pid>-<random>}. */
    static final String PREFIX = ".modcache-repair-";
    private static final java.util.regex.Pattern OURS = java.util.regex.Pattern.compile("\\.modcache-repair-(\\d+)-[^/]+");

    /**
     * Removes the temporary caches of repairs that were killed (their process is gone): go never
     * looks at them, but they hold a copy of each module they were fetching.
     */
    static void removeAbandoned(Path root) {
        Path beside = root.toAbsolutePath().getParent();
        try (var entries = Files.newDirectoryStream(beside, PREFIX + "*")) {
            for (Path p : entries) {
                java.util.regex.Matcher m = OURS.matcher(p.getFileName().toString());
                if (m.matches() && Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                        && ProcessHandle.of(Long.parseLong(m.group(1))).filter(ProcessHandle::isAlive).isEmpty()) {
                    removeTree(p);
                }
            }
        } catch (IOException | NumberFormatException e) {
            System.getLogger(Repairer.class.getName()).log(System.Logger.Level.WARNING,
                    "cannot look for abandoned repairs beside " + root + ": " + e.getMessage());
        }
    }

    /** Our own temporary cache: go made its trees read-only; links are removed, never followed. */
    private static void removeTree(Path dir) {
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    d.toFile().setWritable(true, true);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                    Files.delete(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            System.getLogger(Repairer.class.getName()).log(System.Logger.Level.WARNING,
                    "cannot remove the temporary cache " + dir + ": " + e.getMessage());
        }
    }
}
