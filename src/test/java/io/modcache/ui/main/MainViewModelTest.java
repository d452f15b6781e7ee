package io.modcache.ui.main;

import io.modcache.cache.CacheFixture;
import io.modcache.concurrent.WorkerPool;
import io.modcache.ui.common.UiExecutor;
import javafx.scene.control.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The main window's logic with every task run synchronously: no toolkit, no waiting. */
class MainViewModelTest {

    @TempDir
    Path dir;

    private WorkerPool workers;
    private MainViewModel model;

    @BeforeEach
    void setUp() {
        workers = new WorkerPool(2);
        model = new MainViewModel(UiExecutor.SAME_THREAD,
                TestServices.of(workers, Map.of("GOMODCACHE", dir.resolve("modcache").toString()), dir, List.of()));
    }

    @AfterEach
    void tearDown() {
        workers.close();
    }

    private List<String> topLevelNames() {
        return model.treeRoot().getChildren().stream().map(i -> i.getValue().name()).toList();
    }

    @Test
    void scanFillsTheTreeWithModulesAndNewestFirstVersions() {
        new CacheFixture(dir.resolve("modcache"))
                .tree("example.com/a", "v1.0.0", "a.go", "package a\n").downloaded("example.com/a", "v1.0.0")
                .tree("example.com/a", "v1.10.0", "a.go", "package a\n").downloaded("example.com/a", "v1.10.0")
                .tree("example.com/b", "v0.1.0", "b.go", "package b\n")
                .file("cache/vcs/abc/HEAD", "x");

        model.rescan();

        assertThat(model.scanningProperty().get()).isFalse();
        assertThat(model.noticeProperty().get()).isEqualTo(Notice.NONE);
        assertThat(topLevelNames()).containsExactlyInAnyOrder("example.com/a", "example.com/b", "cache/vcs/abc");
        TreeItem<CacheRow> a = model.treeRoot().getChildren().stream().filter(i -> i.getValue().name().equals("example.com/a")).findFirst().orElseThrow();
        assertThat(a.getChildren()).extracting(i -> i.getValue().name()).containsExactly("v1.10.0", "v1.0.0");
        assertThat(a.getValue().versionProperty().get()).isEqualTo("v1.10.0");
        assertThat(a.getValue().bytes()).isEqualTo(a.getChildren().stream().mapToLong(i -> i.getValue().bytes()).sum());
        assertThat(a.getChildren().get(0).getValue().statusProperty().get().text()).isEqualTo("not verified");
        assertThat(model.statusTextProperty().get()).startsWith("2 modules · 3 versions · ");
        assertThat(model.locationProperty().get().root()).isEqualTo(dir.resolve("modcache"));
    }

    @Test
    void searchFiltersModulesByPath() {
        new CacheFixture(dir.resolve("modcache"))
                .tree("github.com/spf13/cobra", "v1.0.0", "a.go", "x")
                .tree("golang.org/x/mod", "v0.8.0", "a.go", "x");
        model.rescan();

        model.searchTextProperty().set("COBRA");
        assertThat(topLevelNames()).containsExactly("github.com/spf13/cobra");
        model.searchTextProperty().set("");
        assertThat(topLevelNames()).hasSize(2);
    }

    @Test
    void selectionSumsVersionsAndWholeModules() {
        new CacheFixture(dir.resolve("modcache"))
                .tree("example.com/a", "v1.0.0", "a.go", "1234567890")
                .tree("example.com/a", "v1.1.0", "a.go", "12345")
                .tree("example.com/b", "v1.0.0", "b.go", "12");
        model.rescan();
        TreeItem<CacheRow> a = model.treeRoot().getChildren().stream().filter(i -> i.getValue().name().equals("example.com/a")).findFirst().orElseThrow();
        TreeItem<CacheRow> b = model.treeRoot().getChildren().stream().filter(i -> i.getValue().name().equals("example.com/b")).findFirst().orElseThrow();

        model.selectionChanged(List.of(a.getChildren().get(0), b.getChildren().get(0)));
        assertThat(model.selectionTextProperty().get()).isEqualTo("2 versions selected · 7 B");

        model.selectionChanged(List.of(a, a.getChildren().get(1)));
        assertThat(model.selectionTextProperty().get()).isEqualTo("2 versions selected · 15 B");

        model.selectionChanged(List.of());
        assertThat(model.selectionTextProperty().get()).isEmpty();
    }

    @Test
    void noticesForMissingEmptyAndForeignFolders() {
        model.rescan();
        assertThat(model.noticeProperty().get()).isEqualTo(Notice.NO_CACHE);
        assertThat(model.noticeTextProperty().get()).contains("No module cache found at " + dir.resolve("modcache"))
                .contains("Looked at: go env GOMODCACHE, $GOMODCACHE");

        new CacheFixture(dir.resolve("empty")).file("x", "").root().resolve("x").toFile().delete();
        model.chooseRoot(dir.resolve("empty"));
        assertThat(model.noticeProperty().get()).isEqualTo(Notice.EMPTY);

        new CacheFixture(dir.resolve("photos")).file("cat.jpg", "meow");
        model.chooseRoot(dir.resolve("photos"));
        assertThat(model.noticeProperty().get()).isEqualTo(Notice.NOT_A_MODULE_CACHE);
        assertThat(topLevelNames()).containsExactly("cat.jpg");
    }

    @Test
    void rescanReplacesTheTree() {
        CacheFixture f = new CacheFixture(dir.resolve("modcache")).tree("example.com/a", "v1.0.0", "a.go", "x");
        model.rescan();
        f.tree("example.com/b", "v1.0.0", "b.go", "x");
        model.rescan();

        assertThat(topLevelNames()).containsExactlyInAnyOrder("example.com/a", "example.com/b");
    }
}
