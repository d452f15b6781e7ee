package io.modcache.ui.main;

import io.modcache.cache.CacheFixture;
import io.modcache.concurrent.WorkerPool;
import io.modcache.ui.common.UiExecutor;
import io.modcache.cache.EntryId;
import io.modcache.ui.model.CacheRow;
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
        List<String> names = new java.util.ArrayList<>();
        model.cache().modules().forEach(m -> names.add(m.name()));
        model.cache().others().forEach(o -> names.add(o.name()));
        return names;
    }

    private CacheRow module(String path) {
        return model.cache().find(new EntryId.Module(path));
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
        assertThat(model.session().noticeProperty().get()).isEqualTo(Notice.NONE);
        assertThat(topLevelNames()).containsExactlyInAnyOrder("example.com/a", "example.com/b", "cache/vcs/abc");
        CacheRow a = module("example.com/a");
        assertThat(a.versions()).extracting(CacheRow::name).containsExactly("v1.10.0", "v1.0.0");
        assertThat(a.versionProperty().get()).isEqualTo("v1.10.0");
        assertThat(a.bytes()).isEqualTo(a.versions().stream().mapToLong(CacheRow::bytes).sum());
        assertThat(a.versions().get(0).statusProperty().get().text()).isEqualTo("not verified");
        assertThat(model.status().textProperty().get()).startsWith("2 modules · 3 versions · ");
        assertThat(model.locationProperty().get().root()).isEqualTo(dir.resolve("modcache"));
    }

    @Test
    void selectionSumsVersionsAndWholeModules() {
        new CacheFixture(dir.resolve("modcache"))
                .tree("example.com/a", "v1.0.0", "a.go", "1234567890")
                .tree("example.com/a", "v1.1.0", "a.go", "12345")
                .tree("example.com/b", "v1.0.0", "b.go", "12");
        model.rescan();
        CacheRow a = module("example.com/a");
        CacheRow b = module("example.com/b");

        model.selection().select(List.of(a.versions().get(0).id(), b.versions().get(0).id()), null);
        assertThat(model.selectionTextProperty().get()).isEqualTo("2 versions selected · 7 B");
        assertThat(model.leadRowProperty().get()).isSameAs(b.versions().get(0));

        model.selection().select(List.of(a.id(), a.versions().get(1).id()), null);
        assertThat(model.selectionTextProperty().get()).as("a module stands for its versions, counted once").isEqualTo("2 versions selected · 15 B");

        model.selection().clear();
        assertThat(model.selectionTextProperty().get()).isEmpty();
    }

    @Test
    void noticesForMissingEmptyAndForeignFolders() {
        model.rescan();
        assertThat(model.session().noticeProperty().get()).isEqualTo(Notice.NO_CACHE);
        assertThat(model.session().noticeTextProperty().get()).contains("No module cache found at " + dir.resolve("modcache"))
                .contains("Looked at: go env GOMODCACHE, $GOMODCACHE");

        new CacheFixture(dir.resolve("empty")).file("x", "").root().resolve("x").toFile().delete();
        model.chooseRoot(dir.resolve("empty"));
        assertThat(model.session().noticeProperty().get()).isEqualTo(Notice.EMPTY);

        new CacheFixture(dir.resolve("photos")).file("cat.jpg", "meow");
        model.chooseRoot(dir.resolve("photos"));
        assertThat(model.session().noticeProperty().get()).isEqualTo(Notice.NOT_A_MODULE_CACHE);
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
