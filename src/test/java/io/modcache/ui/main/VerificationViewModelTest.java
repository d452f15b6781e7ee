package io.modcache.ui.main;

import io.modcache.cache.VerificationStatus;
import io.modcache.concurrent.WorkerPool;
import io.modcache.testing.GoProxyFixture;
import io.modcache.testing.GoTool;
import io.modcache.ui.common.UiExecutor;
import javafx.scene.control.TreeItem;
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

    private TreeItem<CacheRow> module(String path) {
        return model.treeRoot().getChildren().stream().filter(i -> i.getValue().name().equals(path)).findFirst().orElseThrow();
    }

    @Test
    void verifyAllPutsVerdictsOnRowsAndModules() {
        model.verifyAll();

        assertThat(model.verifyingProperty().get()).isFalse();
        TreeItem<CacheRow> hurt = module("example.com/hurt");
        CacheRow hurtVersion = hurt.getChildren().get(0).getValue();
        assertThat(hurtVersion.statusProperty().get().tone()).isEqualTo(StatusView.Tone.BAD);
        assertThat(hurtVersion.statusProperty().get().text()).isEqualTo("dir modified");
        assertThat(hurtVersion.statusProperty().get().tooltip()).startsWith("dir has been modified (");
        assertThat(hurtVersion.moduleVersion().status()).isEqualTo(VerificationStatus.DIR_MODIFIED);
        assertThat(hurt.getValue().statusProperty().get().text()).isEqualTo("1 dir modified");
        assertThat(module("example.com/ok").getValue().statusProperty().get()).isEqualTo(new StatusView(StatusView.Tone.OK, "verified", ""));
        assertThat(module("example.com/ok").getChildren().get(0).getValue().verdictProperty().get().matchedGoSums())
                .containsExactly(project.resolve("go.sum"));
        assertThat(model.statusTextProperty().get()).isEqualTo("Verified 3 versions: 1 dir modified, 2 verified");
    }

    @Test
    void verifySelectedOnlyTouchesTheSelection() {
        TreeItem<CacheRow> ok = module("example.com/ok");
        model.selectionChanged(List.of(ok.getChildren().get(1)));
        assertThat(model.versionsSelectedProperty().get()).isTrue();

        model.verifySelected();

        assertThat(ok.getChildren().get(1).getValue().statusProperty().get().text()).isEqualTo("verified");
        assertThat(ok.getChildren().get(0).getValue().statusProperty().get().text()).isEqualTo("not verified");
        assertThat(ok.getValue().statusProperty().get().text()).isEqualTo("1 of 2 verified");
        assertThat(module("example.com/hurt").getChildren().get(0).getValue().moduleVersion().status())
                .isEqualTo(VerificationStatus.UNVERIFIED);
        assertThat(model.selectedRowProperty().get()).isSameAs(ok.getChildren().get(1).getValue());
    }
}
