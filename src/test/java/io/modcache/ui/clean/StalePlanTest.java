package io.modcache.ui.clean;

import io.modcache.cache.CacheFixture;
import io.modcache.cache.CacheScanner;
import io.modcache.cache.ModuleVersion;
import io.modcache.cache.ScanListener;
import io.modcache.clean.FileLocks;
import io.modcache.system.PrivatePatterns;
import io.modcache.clean.SafeDeleter;
import io.modcache.clean.Scope;
import io.modcache.concurrent.CancellationToken;
import io.modcache.concurrent.WorkerPool;
import io.modcache.projects.GoSumIndex;
import io.modcache.ui.common.ManualExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A plan that failed late, for a scope the user has since changed, must not replace the newer plan. */
class StalePlanTest {

    @TempDir
    Path dir;

    private static void deleteTree(Path root) throws java.io.IOException {
        try (java.util.stream.Stream<Path> s = java.nio.file.Files.walk(root)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                p.toFile().setWritable(true);
                java.nio.file.Files.delete(p);
            }
        }
    }

    @Test
    void aLateFailureOfAnOlderPlanIsIgnored() throws Exception {
        Path root = new CacheFixture(dir.resolve("mc")).tree("example.com/a", "v1.0.0", "a.go", "package a\n")
                .downloaded("example.com/a", "v1.0.0").root();
        try (WorkerPool workers = new WorkerPool(2)) {
            List<ModuleVersion> versions = new CacheScanner(workers.pool()).scan(root, ScanListener.NONE, CancellationToken.NONE)
                    .modules().get(0).versions();
            ManualExecutor executor = new ManualExecutor();
            DeletePreviewViewModel vm = new DeletePreviewViewModel(executor, DeletionRequest.of(root, versions, List.of(), false, true),
                    token -> GoSumIndex.EMPTY, () -> PrivatePatterns.NONE, new SafeDeleter(workers.pool(), FileLocks.forThisPlatform()));

            vm.replan();                                  // the first plan (scope everything) starts...
            vm.scopeProperty().set(Scope.EXTRACTED);      // ...and the user changes the scope before it ends
            executor.runBackground(1);                    // the newer plan ends first
            executor.drainUi();
            assertThat(vm.stateProperty().get()).isEqualTo(DeletePreviewViewModel.State.READY);
            deleteTree(root);                             // the cache is gone meanwhile,
            executor.runBackground(0);                    // so the older plan fails when it finally runs
            executor.drainUi();

            assertThat(vm.stateProperty().get()).isEqualTo(DeletePreviewViewModel.State.READY);
            assertThat(vm.planProperty().get().scope()).isEqualTo(Scope.EXTRACTED);
            assertThat(vm.totalsProperty().get()).doesNotContain("Cannot work out");
        }
    }
}
