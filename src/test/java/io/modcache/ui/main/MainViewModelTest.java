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
    void theScansLastProgressHandedOverAfterItEndedLeavesTheTotalsShowing() {
        new CacheFixture(dir.resolve("modcache"))
                .tree("example.com/a", "v1.0.0", "a.go", "package a\n")
                .tree("example.com/b", "v0.1.0", "b.go", "package b\n");
        io.modcache.ui.common.ManualExecutor manual = new io.modcache.ui.common.ManualExecutor();
        MainViewModel m = new MainViewModel(manual,
                TestServices.of(workers, Map.of("GOMODCACHE", dir.resolve("modcache").toString()), dir, List.of()));

        m.rescan();
        manual.runBackground(0); // the whole scan: its hand-overs, the last progress report among them, wait for the UI thread
        manual.runNextUi();      // the cache is located
        manual.runNewestUi();    // the scan's outcome, ahead of the progress hand-over (the UI thread had put it off)
        manual.drainUi();

        assertThat(m.scanningProperty().get()).isFalse();
        assertThat(m.status().textProperty().get()).as("seen as \"Scanning… 288 versions\" after the scan had ended")
                .startsWith("2 modules · 2 versions · ");
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
        assertThat(model.hasVersions().get()).as("nothing to verify").isFalse();
        assertThat(model.hasEntries().get()).as("nothing to delete").isFalse();

        new CacheFixture(dir.resolve("photos")).file("cat.jpg", "meow");
        model.chooseRoot(dir.resolve("photos"));
        assertThat(model.session().noticeProperty().get()).isEqualTo(Notice.NOT_A_MODULE_CACHE);
        assertThat(topLevelNames()).containsExactly("cat.jpg");
        assertThat(model.hasVersions().get()).isFalse();
        assertThat(model.hasEntries().get()).as("a stray file can be deleted").isTrue();

        model.chooseRoot(dir.resolve("nowhere"));
        assertThat(model.session().noticeProperty().get()).isEqualTo(Notice.NO_CACHE);
        assertThat(model.session().noticeTextProperty().get()).as("a chosen folder is the only place looked at")
                .startsWith("There is no folder " + dir.resolve("nowhere") + ".").doesNotContain("Looked at");
        model.chooseRoot(dir.resolve("photos/cat.jpg"));
        assertThat(model.session().noticeTextProperty().get()).startsWith(dir.resolve("photos/cat.jpg") + " is not a folder.");
    }

    @Test
    void rescanRefreshesTheRowsInPlaceAndDropsWhatIsGone() throws Exception {
        CacheFixture f = new CacheFixture(dir.resolve("modcache"))
                .tree("example.com/a", "v1.0.0", "a.go", "x")
                .tree("example.com/gone", "v1.0.0", "g.go", "x");
        model.rescan();
        assertThat(model.hasVersions().get()).isTrue();
        CacheRow a = module("example.com/a");
        model.selection().select(List.of(a.versions().get(0).id()), null);
        f.tree("example.com/b", "v1.0.0", "b.go", "x");
        f.remove("example.com/gone@v1.0.0");

        model.rescan();

        assertThat(topLevelNames()).containsExactlyInAnyOrder("example.com/a", "example.com/b");
        assertThat(module("example.com/a")).as("the same row, refreshed").isSameAs(a);
        assertThat(a.isStale()).isFalse();
        assertThat(a.versions().get(0).isStale()).isFalse();
        assertThat(model.selection().ids()).as("the selection survives a rescan").containsExactly(a.versions().get(0).id());
        assertThat(model.cache().snapshotTimeProperty().get()).isNull();
    }

    @Test
    void theLastScanShowsAtOnceAsSuchUntilTheFreshScanReplacesIt() throws Exception {
        CacheFixture f = new CacheFixture(dir.resolve("modcache"))
                .tree("example.com/a", "v1.0.0", "a.go", "x")
                .tree("example.com/gone", "v1.0.0", "g.go", "x");
        model.rescan(); // saves the snapshot
        java.time.Instant firstScan = model.lastScanProperty().get().scannedAt();
        f.remove("example.com/gone@v1.0.0");
        f.tree("example.com/new", "v1.0.0", "n.go", "x");
        io.modcache.ui.common.ManualExecutor manual = new io.modcache.ui.common.ManualExecutor();
        MainViewModel reopened = new MainViewModel(manual,
                TestServices.of(workers, Map.of("GOMODCACHE", dir.resolve("modcache").toString()), dir, List.of()));

        reopened.rescan();
        manual.runBackground(0); // locates, reads the snapshot, scans
        assertThat(manual.handedUntilDrawn()).as("the walk waits for the snapshot's first frame").isEqualTo(1);
        manual.runNextUi();      // the cache is located: the snapshot shows

        assertThat(reopened.cache().modules()).extracting(CacheRow::name).containsExactlyInAnyOrder("example.com/a", "example.com/gone");
        assertThat(reopened.cache().modules()).allMatch(CacheRow::isStale);
        assertThat(reopened.cache().snapshotTimeProperty().get()).isEqualTo(firstScan);
        assertThat(reopened.lastScanProperty().get()).as("a snapshot never counts as a scan").isNull();
        assertThat(reopened.status().textProperty().get()).startsWith("Showing the scan of ").endsWith("rescanning…");

        manual.drainUi();

        assertThat(reopened.cache().modules()).extracting(CacheRow::name).containsExactlyInAnyOrder("example.com/a", "example.com/new");
        assertThat(reopened.cache().modules()).noneMatch(CacheRow::isStale);
        assertThat(reopened.cache().snapshotTimeProperty().get()).isNull();
        assertThat(reopened.lastScanProperty().get()).isNotNull();
    }

    @Test
    void everyScanAndDeletionIsRecordedInTheHistory() {
        CacheFixture f = new CacheFixture(dir.resolve("modcache"))
                .tree("example.com/a", "v1.0.0", "a.go", "x")
                .tree("example.com/b", "v1.0.0", "b.go", "x");
        model.rescan();
        f.tree("example.com/c", "v1.0.0", "c.go", "x").downloaded("example.com/c", "v1.0.0");
        model.rescan();

        io.modcache.history.CacheHistory history = new io.modcache.history.HistoryStore(dir.resolve("app-data")).read(f.root());
        assertThat(history.scans()).extracting(io.modcache.history.HistoryRecord::versions).containsExactly(2L, 3L);
        assertThat(model.cache().historyProperty().get()).isEqualTo(history);
        assertThat(model.status().changeProperty().get()).startsWith("Since ").contains(": +1 version, +");

        model.selection().select(List.of(module("example.com/c").id()), null);
        io.modcache.ui.clean.DeletePreviewViewModel preview = model.deletionPreview(false);
        preview.replan();
        preview.delete(model::deletionFinished);

        history = new io.modcache.history.HistoryStore(dir.resolve("app-data")).read(f.root());
        assertThat(history.scans()).extracting(io.modcache.history.HistoryRecord::event).containsExactly("scan", "scan", "deletion");
        assertThat(history.latest().orElseThrow().versions()).isEqualTo(2);
        assertThat(model.status().changeProperty().get()).contains(": −1 version, −");
    }
}
