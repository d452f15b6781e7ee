package io.modcache.ui.details;

import io.modcache.cache.CachePart;
import io.modcache.cache.ModuleVersion;
import io.modcache.cache.OtherEntry;
import io.modcache.cache.VerificationStatus;
import io.modcache.cache.CacheModule;
import io.modcache.cache.CacheScan;
import io.modcache.ui.model.CacheModel;
import io.modcache.ui.model.CacheRow;
import io.modcache.ui.model.ResolvedEntries;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SummaryDetailsTest {

    private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");

    private static ModuleVersion v(String path, String version) {
        return new ModuleVersion(path, version, path, version, 1024, 2, EnumSet.of(CachePart.TREE, CachePart.ZIP), NOW, NOW,
                VerificationStatus.VERIFIED, List.of(), "fp");
    }

    private static final OtherEntry LOCK = new OtherEntry(OtherEntry.Kind.LOCK, "cache/lock", 0, 1, List.of());
    private static final OtherEntry CLONE = new OtherEntry(OtherEntry.Kind.VCS, "cache/vcs/01", 2048, 3, List.of());

    @Test
    void versionsAreCountedWithTheirModules() {
        SummaryDetails d = SummaryDetails.ofSelection(new ResolvedEntries(List.of(v("a.com/m", "v1.0.0"), v("a.com/m", "v1.1.0")), List.of()), 1);
        assertThat(d.title()).isEqualTo("2 versions of 1 module selected");
        assertThat(d.facts()).extracting(SummaryDetails.Fact::caption).containsExactly("Size", "Status");
    }

    @Test
    void otherEntriesAloneAreNotCalledNoVersionsOfNoModules() {
        SummaryDetails d = SummaryDetails.ofSelection(new ResolvedEntries(List.of(), List.of(LOCK)), 0);
        assertThat(d.title()).isEqualTo("1 other entry selected");
        assertThat(d.facts()).extracting(SummaryDetails.Fact::caption).as("no empty Status").containsExactly("Size", "Other");
        assertThat(d.facts().get(1).words()).isEqualTo("1 entry that is not a module version");
    }

    @Test
    void bothAreNamed() {
        SummaryDetails d = SummaryDetails.ofSelection(new ResolvedEntries(List.of(v("a.com/m", "v1.0.0")), List.of(LOCK, CLONE)), 1);
        assertThat(d.title()).isEqualTo("1 version of 1 module and 2 other entries selected");
        assertThat(d.facts().get(2).words()).isEqualTo("2 entries that are not module versions");
        assertThat(d.facts().get(0).words()).isEqualTo("3.0 KiB · 6 files");
    }

    @Test
    void aModuleNamesTheFilesNoVersionHolds() {
        CacheModel model = new CacheModel();
        model.complete(new CacheScan(Path.of("/c"), NOW, List.of(
                new CacheModule("a.com/m", "a.com/m", 7, 1, List.of(v("a.com/m", "v1.0.0"))),
                new CacheModule("b.com/n", "b.com/n", 0, 0, List.of(v("b.com/n", "v1.0.0")))),
                List.of(), 5, 2055, CacheScan.Layout.MODULE_CACHE));
        CacheRow withList = model.modules().stream().filter(m -> m.name().equals("a.com/m")).findFirst().orElseThrow();
        SummaryDetails d = SummaryDetails.ofModule(withList, v -> List.of());
        assertThat(d.facts().get(0).words()).isEqualTo("1 version · 1.0 KiB · 3 files");
        assertThat(d.facts().get(1)).isEqualTo(new SummaryDetails.Fact("In no version",
                "1 file · 7 B: go's list of the versions it has (@v/list)"));

        CacheRow without = model.modules().stream().filter(m -> m.name().equals("b.com/n")).findFirst().orElseThrow();
        assertThat(SummaryDetails.ofModule(without, v -> List.of()).facts()).extracting(SummaryDetails.Fact::caption)
                .containsExactly("Size", "Status", "Pinned");
    }
}
