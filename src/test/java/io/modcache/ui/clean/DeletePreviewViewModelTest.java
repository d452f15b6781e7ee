package io.modcache.ui.clean;

import io.modcache.cache.CacheFixture;
import io.modcache.cache.CacheScan;
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
import io.modcache.ui.common.UiExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DeletePreviewViewModelTest {

    @TempDir
    Path dir;

    private WorkerPool workers;

    @BeforeEach
    void setUp() {
        workers = new WorkerPool(2);
    }

    @AfterEach
    void tearDown() {
        workers.close();
    }

    private DeletePreviewViewModel preview(Path root, boolean looksLikeCache, PrivatePatterns priv) throws Exception {
        CacheScan scan = new CacheScanner(workers.pool()).scan(root, ScanListener.NONE, CancellationToken.NONE);
        List<ModuleVersion> versions = scan.modules().stream().flatMap(m -> m.versions().stream()).toList();
        return new DeletePreviewViewModel(UiExecutor.SAME_THREAD, DeletionRequest.of(root, versions, List.of(), false, looksLikeCache),
                token -> GoSumIndex.EMPTY, () -> priv, new SafeDeleter(workers.pool(), FileLocks.forThisPlatform()));
    }

    @Test
    void scopeChangesThePlanAndDeleteFollowsIt() throws Exception {
        Path root = new CacheFixture(dir.resolve("mc")).tree("corp.example.com/lib", "v1.0.0", "a.go", "package a\n")
                .downloaded("corp.example.com/lib", "v1.0.0").root();
        DeletePreviewViewModel vm = preview(root, true, new PrivatePatterns("corp.example.com", "", ""));

        vm.replan();
        assertThat(vm.stateProperty().get()).isEqualTo(DeletePreviewViewModel.State.READY);
        assertThat(vm.entries().get(0).paths()).hasSize(5);
        assertThat(vm.warnings()).singleElement().asString().contains("matches GOPRIVATE=corp.example.com");

        vm.scopeProperty().set(Scope.EXTRACTED);
        assertThat(vm.entries().get(0).paths()).containsExactly(root.resolve("corp.example.com/lib@v1.0.0"));
        assertThat(vm.warnings()).as("the zip stays, so it can be re-extracted").isEmpty();
        assertThat(vm.totalsProperty().get()).isEqualTo("1 version, 1 file, 10 B");

        List<Object> done = new ArrayList<>();
        vm.delete(done::add);

        assertThat(done).hasSize(1);
        assertThat(vm.stateProperty().get()).isEqualTo(DeletePreviewViewModel.State.DONE);
        assertThat(vm.summaryProperty().get()).isEqualTo("Deleted 1 of 1 entry, freed 10 B.");
        assertThat(root.resolve("corp.example.com/lib@v1.0.0")).doesNotExist();
        assertThat(root.resolve("cache/download/corp.example.com/lib/@v/v1.0.0.zip")).exists();
    }

    @Test
    void aFolderThatIsNotACacheNeedsConfirmation() throws Exception {
        Path root = new CacheFixture(dir.resolve("odd")).tree("example.com/m", "v1.0.0", "a.go", "x").root();
        DeletePreviewViewModel vm = preview(root, false, PrivatePatterns.NONE);
        vm.replan();

        assertThat(vm.needsRootConfirmation()).isTrue();
        assertThat(vm.warnings().get(0)).contains("does not look like a Go module cache");
        assertThat(vm.canDeleteProperty().get()).isFalse();
        vm.rootConfirmedProperty().set(true);
        assertThat(vm.canDeleteProperty().get()).isTrue();
    }

    @Test
    void exportsThePlanAsJsonOrCsv() throws Exception {
        Path root = new CacheFixture(dir.resolve("mc")).tree("example.com/m", "v1.0.0", "a.go", "x")
                .downloaded("example.com/m", "v1.0.0").root();
        DeletePreviewViewModel vm = preview(root, true, PrivatePatterns.NONE);
        vm.replan();

        vm.export(dir.resolve("plan.json"), false);
        vm.export(dir.resolve("plan.csv"), true);

        assertThat(Files.readString(dir.resolve("plan.json"))).contains("\"scope\" : \"everything\"").contains("\"version\" : \"v1.0.0\"");
        assertThat(Files.readAllLines(dir.resolve("plan.csv"))).first().isEqualTo("module,version,bytes,files,parts,paths");
        assertThat(Files.readAllLines(dir.resolve("plan.csv")).get(1)).startsWith("example.com/m,v1.0.0,");
        assertThat(vm.summaryProperty().get()).isEqualTo("Report saved to " + dir.resolve("plan.csv"));
        assertThat(root.resolve("example.com/m@v1.0.0")).exists();
    }
}
