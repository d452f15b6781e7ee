package io.modcache.ui.main;

import io.modcache.testing.RequiresGo;
import io.modcache.cache.VerificationStatus;
import io.modcache.concurrent.WorkerPool;
import io.modcache.testing.GoProxyFixture;
import io.modcache.testing.GoTool;
import io.modcache.ui.common.UiExecutor;
import io.modcache.cache.EntryId;
import io.modcache.ui.model.CacheRow;
import io.modcache.ui.model.StatusBadge;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Verify all / Verify selected in the view model, run synchronously on a cache the real go filled. */
@RequiresGo
class VerificationViewModelTest {

    @TempDir
    Path dir;

    private GoProxyFixture fixture;
    private WorkerPool workers;
    private MainViewModel model;
    private Path project;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new GoProxyFixture(GoTool.require(), dir);
        fixture.publish("example.com/ok", "v1.0.0", "ok.go", "package ok\n")
                .publish("example.com/ok", "v1.1.0", "ok.go", "package ok // 1.1\n")
                .publish("example.com/hurt", "v1.0.0", "hurt.go", "package hurt\n");
        project = fixture.project("p", GoProxyFixture.parseDownloads(
                fixture.download("example.com/ok@v1.0.0", "example.com/ok@v1.1.0", "example.com/hurt@v1.0.0")));
        Path hurt = fixture.modcache().resolve("example.com/hurt@v1.0.0/hurt.go");
        hurt.getParent().toFile().setWritable(true, true);
        hurt.toFile().setWritable(true, true);
        Files.writeString(hurt, "package hurt // edited\n");

        workers = new WorkerPool(2);
        model = new MainViewModel(UiExecutor.SAME_THREAD,
                TestServices.of(workers, Map.of("GOMODCACHE", fixture.modcache().toString()), dir, List.of(project)));
        model.rescan();
    }

    @AfterEach
    void tearDown() throws Exception {
        workers.close();
        fixture.close();
    }

    private CacheRow module(String path) {
        return model.cache().find(new EntryId.Module(path));
    }

    @Test
    void verifyAllPutsVerdictsOnRowsAndModules() {
        model.verifyAll();

        assertThat(model.verifyingProperty().get()).isFalse();
        CacheRow hurt = module("example.com/hurt");
        CacheRow hurtVersion = hurt.versions().get(0);
        assertThat(hurtVersion.statusProperty().get().tone()).isEqualTo(StatusBadge.Tone.BAD);
        assertThat(hurtVersion.statusProperty().get().text()).isEqualTo("dir has been modified");
        assertThat(hurtVersion.statusProperty().get().tooltip()).startsWith("dir has been modified (");
        assertThat(hurtVersion.moduleVersion().status()).isEqualTo(VerificationStatus.DIR_MODIFIED);
        assertThat(hurt.statusProperty().get().text()).isEqualTo("dir has been modified");
        assertThat(module("example.com/ok").statusProperty().get()).isEqualTo(new StatusBadge(StatusBadge.Tone.OK, "verified", ""));
        assertThat(module("example.com/ok").versions().get(0).verdictProperty().get().matchedGoSums())
                .containsExactly(project.resolve("go.sum"));
        assertThat(model.status().textProperty().get()).isEqualTo("Verified 3 versions: 1 dir has been modified, 2 verified");
    }

    private MainViewModel viewModel(java.util.function.Supplier<List<Path>> projects, Path indexDir) {
        MainViewModel vm = new MainViewModel(UiExecutor.SAME_THREAD, TestServices.of(workers,
                Map.of("GOMODCACHE", fixture.modcache().toString()), dir, projects, indexDir));
        vm.rescan();
        return vm;
    }

    private static VerificationStatus statusOf(MainViewModel vm, String module) {
        return vm.cache().find(new EntryId.Module(module)).versions().get(0).moduleVersion().status();
    }

    @Test
    void verdictsInTheIndexShowOnOpenAndAfterARescan() {
        Path indexDir = dir.resolve("index");
        MainViewModel first = viewModel(() -> List.of(project), indexDir);
        first.verifyAll();

        first.rescan();
        assertThat(statusOf(first, "example.com/hurt")).as("F5 keeps verdicts of unchanged versions").isEqualTo(VerificationStatus.DIR_MODIFIED);
        assertThat(statusOf(first, "example.com/ok")).isEqualTo(VerificationStatus.VERIFIED);

        MainViewModel reopened = viewModel(() -> List.of(project), indexDir);
        assertThat(statusOf(reopened, "example.com/hurt")).as("shown when the app opens").isEqualTo(VerificationStatus.DIR_MODIFIED);
        assertThat(reopened.cache().find(new EntryId.Module("example.com/ok")).statusProperty().get().text()).isEqualTo("verified");
    }

    @Test
    void changingTheProjectsJudgesTheVerdictsAgain() {
        java.util.concurrent.atomic.AtomicReference<List<Path>> projects = new java.util.concurrent.atomic.AtomicReference<>(List.of());
        MainViewModel vm = viewModel(projects::get, null);
        vm.verifyAll();
        CacheRow ok = vm.cache().find(new EntryId.Module("example.com/ok")).versions().get(0);
        assertThat(ok.verdictProperty().get().matchedGoSums()).isEmpty();

        projects.set(List.of(project));
        vm.projectsChanged();

        assertThat(ok.verdictProperty().get().matchedGoSums()).containsExactly(project.resolve("go.sum"));
    }

    @Test
    void verifySelectedOnlyTouchesTheSelection() {
        CacheRow ok = module("example.com/ok");
        model.selection().select(List.of(ok.versions().get(1).id()), null);
        assertThat(model.versionsSelectedProperty().get()).isTrue();

        model.verifySelected();

        assertThat(ok.versions().get(1).statusProperty().get().text()).isEqualTo("verified");
        assertThat(ok.versions().get(0).statusProperty().get().text()).isEqualTo("not verified");
        assertThat(ok.statusProperty().get().text()).isEqualTo("1 of 2 verified");
        assertThat(module("example.com/hurt").versions().get(0).moduleVersion().status())
                .isEqualTo(VerificationStatus.UNVERIFIED);
        assertThat(model.leadRowProperty().get()).isSameAs(ok.versions().get(1));
    }
}
