package io.modcache.ui.treemap;

import io.modcache.cache.CachePart;
import io.modcache.cache.EntryId;
import io.modcache.cache.ModuleVersion;
import io.modcache.cache.OtherEntry;
import io.modcache.cache.VerificationStatus;
import io.modcache.cache.VersionId;
import io.modcache.ui.common.Palette;
import io.modcache.ui.common.UiExecutor;
import io.modcache.ui.model.CacheModel;
import io.modcache.ui.model.Selection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The treemap's state without a toolkit: tiles from the model, colours, zoom, and clicks into the shared selection. */
class TreemapViewModelTest {

    private final CacheModel cache = new CacheModel();
    private final Selection selection = new Selection();
    private TreemapViewModel model;

    private static ModuleVersion v(String path, String version, long bytes, int daysSinceUse, VerificationStatus status) {
        Instant used = Instant.now().minus(Duration.ofDays(daysSinceUse));
        return new ModuleVersion(path, version, path, version, bytes, 1, EnumSet.of(CachePart.TREE, CachePart.ZIP), used, used,
                status, List.of(), "fp");
    }

    @BeforeEach
    void setUp() {
        cache.addVersions(List.of(
                v("github.com/a/big", "v1.0.0", 6_000, 400, VerificationStatus.VERIFIED),
                v("github.com/a/big", "v1.1.0", 3_000, 2, VerificationStatus.DIR_MODIFIED),
                v("golang.org/x/small", "v0.1.0", 1_000, 40, VerificationStatus.UNVERIFIED)));
        cache.addOthers(List.of(new OtherEntry(OtherEntry.Kind.VCS, "cache/vcs/abc", 500, 3, List.of())));
        model = new TreemapViewModel(UiExecutor.SAME_THREAD, cache, selection);
        model.resize(400, 300);
    }

    private Tile<Object> tile(Object item) {
        return model.renderedProperty().get().layout().tileOf(item);
    }

    @Test
    void everyVersionIsATileInsideItsModuleAndAreasFollowBytes() {
        TreemapViewModel.Rendered r = model.renderedProperty().get();

        assertThat(r.width()).isEqualTo(400);
        assertThat(r.pixels()).hasSize(400 * 300);
        for (int[] at : new int[][] {{0, 0}, {123, 45}, {399, 299}, {250, 150}}) {
            assertThat(r.image().getPixelReader().getArgb(at[0], at[1])).as("the image made beside the pixels, at %s", java.util.Arrays.toString(at))
                    .isEqualTo(r.pixels()[at[1] * 400 + at[0]]);
        }
        Tile<Object> big = tile(new EntryId.Module("github.com/a/big"));
        Tile<Object> v100 = tile(new VersionId("github.com/a/big", "v1.0.0"));
        Tile<Object> v110 = tile(new VersionId("github.com/a/big", "v1.1.0"));
        assertThat(r.layout().parentOf(v100)).isSameAs(big);
        assertThat(v100.area() / v110.area()).isCloseTo(2.0, org.assertj.core.data.Offset.offset(0.05));
        assertThat(tile(new EntryId.Other("cache/vcs/abc"))).as("other entries are tiles of their own").isNotNull();
    }

    @Test
    void colouringsFollowAgeVerdictAndHost() {
        TreemapNode<Object> byAge = model.tree(contextNow());
        assertThat(leafColour(byAge, "v1.0.0")).isEqualTo(Palette.age(io.modcache.select.AgeBucket.OLDER));
        assertThat(leafColour(byAge, "v1.1.0")).isEqualTo(Palette.age(io.modcache.select.AgeBucket.WEEK));

        model.colouringProperty().set(TreemapColouring.VERIFICATION);
        TreemapNode<Object> byVerdict = model.tree(contextNow());
        assertThat(leafColour(byVerdict, "v1.0.0")).isEqualTo(Palette.tone(io.modcache.ui.model.StatusBadge.Tone.OK));
        assertThat(leafColour(byVerdict, "v1.1.0")).isEqualTo(Palette.tone(io.modcache.ui.model.StatusBadge.Tone.BAD));
        assertThat(model.legendProperty().get()).extracting(LegendEntry::label).contains("Verified", "Not verified");

        model.colouringProperty().set(TreemapColouring.USED_BY);
        assertThat(leafColour(model.tree(contextNow()), "v0.1.0")).as("no projects named").isEqualTo(Palette.NO_VALUE);
        assertThat(model.legendProperty().get()).extracting(LegendEntry::label).contains("No projects named (Projects…)");

        model.colouringProperty().set(TreemapColouring.HOST);
        assertThat(model.legendProperty().get()).extracting(LegendEntry::label).startsWith("github.com", "golang.org");
        assertThat(leafColour(model.tree(contextNow()), "v1.0.0")).isEqualTo(Palette.HOSTS[0]);
    }

    @Test
    void aClickSelectsACtrlClickAddsAndSelectedTilesAreOutlined() {
        Tile<Object> v100 = tile(new VersionId("github.com/a/big", "v1.0.0"));
        Tile<Object> small = tile(new VersionId("golang.org/x/small", "v0.1.0"));

        model.click(v100, false);
        assertThat(selection.ids()).containsExactly(new VersionId("github.com/a/big", "v1.0.0"));
        model.click(small, true);
        assertThat(selection.ids()).containsExactly(new VersionId("github.com/a/big", "v1.0.0"), new VersionId("golang.org/x/small", "v0.1.0"));
        assertThat(model.selectedTiles()).containsExactlyInAnyOrder(v100, small);

        selection.select(List.of(new EntryId.Module("github.com/a/big")), null);
        assertThat(model.selectedTiles()).containsExactly(tile(new EntryId.Module("github.com/a/big")));

        model.click(null, false);
        assertThat(selection.ids()).isEmpty();
    }

    @Test
    void doubleClickZoomsIntoTheModuleAndTheBreadcrumbLeadsBack() {
        model.zoomInto(tile(new VersionId("github.com/a/big", "v1.1.0")));

        assertThat(model.crumbsProperty().get()).extracting(TreemapViewModel.Crumb::label).containsExactly("Whole cache", "github.com/a/big");
        assertThat(model.renderedProperty().get().layout().tiles()).extracting(t -> t.node().item())
                .containsExactlyInAnyOrder(new VersionId("github.com/a/big", "v1.0.0"), new VersionId("github.com/a/big", "v1.1.0"));

        model.zoomOut();
        assertThat(model.zoomProperty().get()).isNull();
        assertThat(tile(new EntryId.Other("cache/vcs/abc"))).isNotNull();
    }

    @Test
    void groupingByHostPutsModulesUnderTheirHost() {
        model.groupByHostProperty().set(true);

        Tile<Object> github = tile(new TreemapViewModel.Host("github.com"));
        Tile<Object> big = tile(new EntryId.Module("github.com/a/big"));
        assertThat(model.renderedProperty().get().layout().parentOf(big)).isSameAs(github);

        model.zoomInto(github);
        assertThat(model.crumbsProperty().get()).extracting(TreemapViewModel.Crumb::label).containsExactly("Whole cache", "github.com");
        assertThat(tile(new VersionId("golang.org/x/small", "v0.1.0"))).isNull();
    }

    @Test
    void aZoomedModuleThatIsDeletedZoomsOut() {
        model.zoomInto(tile(new VersionId("golang.org/x/small", "v0.1.0")));
        cache.applyDeletion(List.of(new io.modcache.clean.PlanEntry("golang.org/x/small", "v0.1.0", "golang.org/x/small", "v0.1.0", null,
                List.of(), EnumSet.allOf(CachePart.class), 1_000, 1, io.modcache.clean.Scope.EVERYTHING, List.of())));

        assertThat(model.zoomProperty().get()).isNull();
        assertThat(tile(new EntryId.Module("github.com/a/big"))).isNotNull();
    }

    @Test
    void anEmptyMapSaysWhetherNothingIsScannedYetOrTheCacheIsEmpty() {
        CacheModel none = new CacheModel();
        TreemapViewModel empty = new TreemapViewModel(UiExecutor.SAME_THREAD, none, new Selection());
        empty.resize(200, 100);
        assertThat(empty.renderedProperty().get().layout().tiles()).isEmpty();
        assertThat(empty.emptyText()).isEqualTo(io.modcache.text.Text.get("treemap.notScanned"));

        none.complete(new io.modcache.cache.CacheScan(java.nio.file.Path.of("/c"), Instant.now(), List.of(), List.of(), 0, 0,
                io.modcache.cache.CacheScan.Layout.MODULE_CACHE));

        assertThat(empty.emptyText()).isEqualTo(io.modcache.text.Text.get("treemap.empty")).isNotEqualTo(io.modcache.text.Text.get("treemap.notScanned"));
    }

    @Test
    void theSameTilesAreNotRenderedAgainButAChangedCacheIs() {
        TreemapViewModel.Rendered first = model.renderedProperty().get();

        cache.beginRefresh(); // a rescan starts: every row stale, the map unchanged
        cache.addVersions(List.of(v("golang.org/x/small", "v0.1.0", 1_000, 40, VerificationStatus.UNVERIFIED))); // reported again, the same

        assertThat(model.renderedProperty().get()).as("not drawn again").isSameAs(first);

        cache.addVersions(List.of(v("golang.org/x/small", "v0.1.0", 2_000, 40, VerificationStatus.UNVERIFIED)));

        TreemapViewModel.Rendered grown = model.renderedProperty().get();
        assertThat(grown).isNotSameAs(first);
        Tile<Object> before = first.layout().tileOf(new VersionId("golang.org/x/small", "v0.1.0"));
        Tile<Object> after = grown.layout().tileOf(new VersionId("golang.org/x/small", "v0.1.0"));
        assertThat(after.w() * after.h()).as("its tile grew with it").isGreaterThan(before.w() * before.h());
        model.resize(401, 300);
        assertThat(model.renderedProperty().get()).as("a new size is laid out anew").isNotSameAs(grown);
    }

    @Test
    void tooltipsNamePathVersionSizeAndStatus() {
        String text = model.describe(tile(new VersionId("github.com/a/big", "v1.1.0")));

        assertThat(text).startsWith("github.com/a/big@v1.1.0\n").contains("2.9 KiB").contains("Last access: ").contains("dir has been modified");
    }

    private ColourContext contextNow() {
        return new ColourContext(Instant.now(), io.modcache.system.AccessTimeTracking.ASSUMED, false,
                java.util.Map.of("github.com", Palette.HOSTS[0], "golang.org", Palette.HOSTS[1]));
    }

    private static int leafColour(TreemapNode<Object> node, String version) {
        if (node.isLeaf()) {
            return node.item() instanceof VersionId v && v.version().equals(version) ? node.argb() : 0;
        }
        return node.children().stream().mapToInt(c -> leafColour(c, version)).filter(c -> c != 0).findFirst().orElse(0);
    }
}
