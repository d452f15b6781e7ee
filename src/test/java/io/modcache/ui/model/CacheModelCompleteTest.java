package io.modcache.ui.model;

import io.modcache.cache.CacheModule;
import io.modcache.cache.CachePart;
import io.modcache.cache.CacheScan;
import io.modcache.cache.ModuleVersion;
import io.modcache.cache.VerificationStatus;
import io.modcache.cache.VersionId;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the end of a scan changes in the model, and what it tells the views it changed. */
class CacheModelCompleteTest {

    private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");

    private final CacheModel model = new CacheModel();
    private final List<CacheChange> changes = new ArrayList<>();

    CacheModelCompleteTest() {
        model.addListener(changes::add);
    }

    private static ModuleVersion v(String path, String version, long bytes) {
        return new ModuleVersion(path, version, path, version, bytes, 2, EnumSet.of(CachePart.TREE, CachePart.ZIP), NOW, NOW,
                VerificationStatus.UNVERIFIED, List.of(), "fp");
    }

    private static CacheScan scan(CacheModule... modules) {
        return new CacheScan(Path.of("/cache"), NOW, List.of(modules), List.of(), 0, 0, CacheScan.Layout.MODULE_CACHE);
    }

    private CacheRow module(String path) {
        return model.modules().stream().filter(m -> m.name().equals(path)).findFirst().orElseThrow();
    }

    @Test
    void aScanThatStreamedEverythingUpdatesOnlyTheModulesWhoseOwnFilesItFound() {
        ModuleVersion a = v("a.com/m", "v1.0.0", 100);
        ModuleVersion b = v("b.com/m", "v1.0.0", 200);
        model.addVersions(List.of(a, b));
        changes.clear();

        model.complete(scan(new CacheModule("a.com/m", "a.com/m", 10, 1, List.of(a)),
                new CacheModule("b.com/m", "b.com/m", 0, 0, List.of(b))));

        assertThat(module("a.com/m").bytes()).as("the @v/list bytes are the module's own").isEqualTo(110);
        assertThat(module("b.com/m").bytes()).isEqualTo(200);
        assertThat(changes).flatExtracting(c -> List.copyOf(c.updated())).extracting(CacheRow::name)
                .as("b.com/m was complete already: no view redoes it").containsExactly("a.com/m");
        assertThat(changes).allSatisfy(c -> assertThat(c.removed()).isEmpty());
    }

    @Test
    void aRescanDropsWhatItDidNotFindAndRedoesTheModulesItTouched() {
        ModuleVersion a = v("a.com/m", "v1.0.0", 100);
        ModuleVersion a2 = v("a.com/m", "v1.1.0", 50);
        ModuleVersion b = v("b.com/m", "v1.0.0", 200);
        ModuleVersion c = v("c.com/m", "v1.0.0", 300);
        model.addVersions(List.of(a, a2, b, c));
        model.complete(scan(new CacheModule("a.com/m", "a.com/m", 0, 0, List.of(a, a2)),
                new CacheModule("b.com/m", "b.com/m", 0, 0, List.of(b)), new CacheModule("c.com/m", "c.com/m", 0, 0, List.of(c))));

        model.beginRefresh();
        model.addVersions(List.of(a, c)); // a.com/m v1.1.0 and b.com/m are gone
        changes.clear();
        model.complete(scan(new CacheModule("a.com/m", "a.com/m", 0, 0, List.of(a)), new CacheModule("c.com/m", "c.com/m", 0, 0, List.of(c))));

        assertThat(model.modules()).extracting(CacheRow::name).containsExactlyInAnyOrder("a.com/m", "c.com/m");
        assertThat(model.find(new VersionId("a.com/m", "v1.1.0"))).isNull();
        assertThat(module("a.com/m").bytes()).isEqualTo(100);
        assertThat(changes).flatExtracting(ch -> List.copyOf(ch.removed())).extracting(CacheRow::name)
                .containsExactlyInAnyOrder("v1.1.0", "b.com/m", "v1.0.0");
        assertThat(changes).flatExtracting(ch -> List.copyOf(ch.updated())).extracting(CacheRow::name)
                .as("c.com/m was streamed again in full").containsExactly("a.com/m");
    }
}
