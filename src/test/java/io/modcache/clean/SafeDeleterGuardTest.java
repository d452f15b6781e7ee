package io.modcache.clean;

import io.modcache.system.PrivatePatterns;
import io.modcache.cache.CacheFixture;
import io.modcache.cache.CachePart;
import io.modcache.concurrent.CancellationToken;
import io.modcache.concurrent.WorkerPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Whatever a plan says, nothing outside its entries' own paths in the cache is deleted. */
class SafeDeleterGuardTest {

    @TempDir
    Path dir;

    private WorkerPool workers;
    private Path root;

    @BeforeEach
    void setUp() {
        workers = new WorkerPool(2);
        root = new CacheFixture(dir.resolve("mc")).tree("example.com/m", "v1.0.0", "a.go", "package a\n")
                .downloaded("example.com/m", "v1.0.0").tree("example.com/n", "v1.0.0", "n.go", "package n\n").root();
    }

    @AfterEach
    void tearDown() {
        workers.close();
    }

    private DeletionResult run(PlanEntry entry, boolean force, Path planRoot) throws IOException {
        DeletionPlan plan = new DeletionPlan(planRoot, Scope.EVERYTHING, List.of(entry), List.of(), List.of(), false);
        return new SafeDeleter(workers.pool(), FileLocks.forThisPlatform()).execute(plan, force, DeletionListener.NONE, CancellationToken.NONE);
    }

    private static PlanEntry version(String path, String version, Path... paths) {
        return new PlanEntry(path, version, path, version, null, List.of(paths), Set.of(CachePart.TREE), 0, 0, Scope.EVERYTHING, List.of());
    }

    @Test
    void goSideLockGoesOnlyWithTheWholeCacheLast() throws IOException {
        Files.createDirectories(root.resolve("cache"));
        Files.writeString(root.resolve("cache/lock"), "");
        io.modcache.cache.OtherEntry lock = new io.modcache.cache.OtherEntry(io.modcache.cache.OtherEntry.Kind.LOCK, "cache/lock", 0, 1, List.of());
        DeletionPlanner planner = new DeletionPlanner(root, io.modcache.projects.GoSumIndex.EMPTY, PrivatePatterns.NONE);

        DeletionPlan chosen = planner.plan(List.of(), List.of(lock), Scope.EVERYTHING, false, CancellationToken.NONE);
        assertThat(chosen.entries()).isEmpty();
        assertThat(chosen.unplanned()).singleElement().satisfies(u -> assertThat(u.reason()).startsWith("go's own lock"));

        DeletionPlan whole = planner.plan(List.of(), List.of(lock), Scope.EVERYTHING, true, CancellationToken.NONE);
        assertThat(whole.entries()).as("the sweep takes it last, held").isEmpty();
        assertThat(whole.unplanned()).isEmpty();
        List<Path> locked = new java.util.concurrent.CopyOnWriteArrayList<>();
        FileLocks recording = file -> {
            locked.add(file);
            return FileLocks.forThisPlatform().tryLock(file);
        };
        DeletionResult r = new SafeDeleter(workers.pool(), recording).execute(whole, false, DeletionListener.NONE, CancellationToken.NONE);
        assertThat(r.failed()).isEmpty();
        assertThat(root).isEmptyDirectory();
        assertThat(locked).as("removed while held, as go holds it").contains(root.resolve("cache/lock"));
    }

    @Test
    void refusesPathsOutsideTheCache() throws IOException {
        Path outside = Files.writeString(dir.resolve("outside.txt"), "keep me");

        DeletionResult r = run(version("example.com/m", "v1.0.0", outside), false, root);

        assertThat(r.failed()).singleElement().satisfies(f -> assertThat(f.error()).contains("not inside the cache"));
        assertThat(outside).exists();
    }

    @Test
    void refusesPathsOfAnotherVersionOrWithDotDot() throws IOException {
        Path other = root.resolve("example.com/n@v1.0.0");
        Path sneaky = root.resolve("example.com/m@v1.0.0/../n@v1.0.0");

        assertThat(run(version("example.com/m", "v1.0.0", other), false, root).failed())
                .singleElement().satisfies(f -> assertThat(f.error()).contains("not part of example.com/m@v1.0.0"));
        assertThat(run(version("example.com/m", "v1.0.0", sneaky), false, root).failed()).hasSize(1);
        assertThat(other.resolve("n.go")).exists();
        assertThat(root.resolve("example.com/m@v1.0.0/a.go")).as("a refused entry is not deleted at all").exists();
    }

    @Test
    void refusesAFolderThatIsNotAModuleCacheUnlessForced() throws IOException {
        Path notACache = new CacheFixture(dir.resolve("photos")).tree("example.com/m", "v1.0.0", "cat.jpg", "meow").root();
        PlanEntry entry = version("example.com/m", "v1.0.0", notACache.resolve("example.com/m@v1.0.0"));

        assertThatThrownBy(() -> run(entry, false, notACache)).hasMessageContaining("does not look like a Go module cache");
        assertThat(notACache.resolve("example.com/m@v1.0.0/cat.jpg")).exists();

        assertThat(run(entry, true, notACache).failed()).isEmpty();
        assertThat(notACache.resolve("example.com/m@v1.0.0")).doesNotExist();
    }

    @Test
    void leavesLockFilesAndRemovesEmptiedFolders() throws IOException {
        PlanEntry m = new DeletionPlanner(root, io.modcache.projects.GoSumIndex.EMPTY, PrivatePatterns.NONE)
                .plan(List.of(new io.modcache.cache.CacheScanner(workers.pool()).scan(root, io.modcache.cache.ScanListener.NONE,
                        CancellationToken.NONE).modules().get(0).versions().get(0)), List.of(), Scope.EVERYTHING, false, CancellationToken.NONE)
                .entries().get(0);
        assertThat(m.paths()).doesNotContain(root.resolve("cache/download/example.com/m/@v/v1.0.0.lock"));

        assertThat(run(m, false, root).failed()).isEmpty();

        assertThat(root.resolve("cache/download/example.com/m/@v/v1.0.0.lock")).exists();
        assertThat(root.resolve("cache/download/example.com/m/@v/v1.0.0.zip")).doesNotExist();
        assertThat(root.resolve("example.com")).as("still holds n").exists();
        assertThat(root.resolve("example.com/m@v1.0.0")).doesNotExist();
    }

    @Test
    void lockExcludesASecondHolder() throws IOException {
        Path lock = dir.resolve("x.lock");
        FileLocks locks = FileLocks.forThisPlatform();
        try (FileLocks.Held first = locks.lock(lock, CancellationToken.NONE)) {
            assertThat(locks.tryLock(lock)).isNull();
        }
        try (FileLocks.Held again = locks.tryLock(lock)) {
            assertThat(again).isNotNull();
        }
    }
}
