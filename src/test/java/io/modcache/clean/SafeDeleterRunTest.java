package io.modcache.clean;

import io.modcache.system.PrivatePatterns;
import io.modcache.cache.CacheFixture;
import io.modcache.cache.CacheScanner;
import io.modcache.cache.ModuleVersion;
import io.modcache.cache.ScanListener;
import io.modcache.concurrent.CancellationToken;
import io.modcache.concurrent.WorkerPool;
import io.modcache.projects.GoSumIndex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Cancelling and failing part way: versions are deleted whole or not at all, and the rest go on. */
class SafeDeleterRunTest {

    @TempDir
    Path dir;

    private WorkerPool workers;
    private Path root;

    @BeforeEach
    void setUp() {
        workers = new WorkerPool(2);
        CacheFixture f = new CacheFixture(dir.resolve("mc"));
        for (int i = 0; i < 40; i++) {
            f.tree("example.com/m" + i, "v1.0.0", "a.go", "package a\n", "sub/b.go", "package sub\n").downloaded("example.com/m" + i, "v1.0.0");
        }
        root = f.root();
    }

    @AfterEach
    void tearDown() {
        workers.close();
    }

    private DeletionPlan planAll() throws IOException {
        List<ModuleVersion> versions = new CacheScanner(workers.pool()).scan(root, ScanListener.NONE, CancellationToken.NONE)
                .modules().stream().flatMap(m -> m.versions().stream()).toList();
        return new DeletionPlanner(root, GoSumIndex.EMPTY, PrivatePatterns.NONE).plan(versions, List.of(), Scope.EVERYTHING, false,
                CancellationToken.NONE);
    }

    @Test
    void cancellingFinishesTheVersionsInHandAndLeavesTheRestWhole() throws IOException {
        CancellationToken cancel = new CancellationToken();

        DeletionResult r = new SafeDeleter(workers.pool(), FileLocks.forThisPlatform())
                .execute(planAll(), false, (entry, error, bytes) -> cancel.cancel(), cancel);

        assertThat(r.cancelled()).isTrue();
        assertThat(r.failed()).isEmpty();
        assertThat(r.deleted().size()).isBetween(1, 39);
        for (int i = 0; i < 40; i++) {
            Path tree = root.resolve("example.com/m" + i + "@v1.0.0");
            Path zip = root.resolve("cache/download/example.com/m" + i + "/@v/v1.0.0.zip");
            Path partial = root.resolve("cache/download/example.com/m" + i + "/@v/v1.0.0.partial");
            boolean gone = !Files.exists(tree);
            assertThat(partial).as("no half-done version").doesNotExist();
            if (gone) {
                assertThat(zip).doesNotExist();
            } else {
                assertThat(tree.resolve("a.go")).exists();
                assertThat(tree.resolve("sub/b.go")).exists();
                assertThat(zip).exists();
            }
        }
    }

    @Test
    void aFailedVersionIsRecordedAndTheOthersAreDeleted() throws IOException {
        DeletionPlan all = planAll();
        List<PlanEntry> entries = new ArrayList<>(all.entries());
        PlanEntry first = entries.get(0);
        Path outside = Files.writeString(dir.resolve("not-in-the-cache.txt"), "keep");
        entries.set(0, new PlanEntry(first.path(), first.version(), first.escapedPath(), first.escapedVersion(), null,
                List.of(outside), first.parts(), first.bytes(), first.files(), first.scope(), List.of()));
        DeletionPlan tampered = new DeletionPlan(all.root(), all.scope(), entries, List.of(), all.warnings(), false);

        DeletionResult r = new SafeDeleter(workers.pool(), FileLocks.forThisPlatform())
                .execute(tampered, false, DeletionListener.NONE, CancellationToken.NONE);

        assertThat(r.failed()).singleElement().satisfies(f -> {
            assertThat(f.entry().id()).isEqualTo(first.id());
            assertThat(f.error()).contains("not inside the cache");
        });
        assertThat(r.deleted()).hasSize(39);
        assertThat(outside).exists();
        assertThat(root.resolve(first.escapedPath() + "@v1.0.0")).as("the refused version is untouched").exists();
    }
}
