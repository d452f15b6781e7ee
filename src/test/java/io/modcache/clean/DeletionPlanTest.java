package io.modcache.clean;

import io.modcache.cache.CachePart;
import io.modcache.cache.OtherEntry;
import io.modcache.text.Text;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class DeletionPlanTest {

    private static final Path ROOT = Path.of("/cache");

    private static PlanEntry version(String v) {
        return new PlanEntry("example.com/m", v, "example.com/m", v, null, List.of(ROOT.resolve("example.com/m@" + v)),
                Set.of(CachePart.TREE), 10, 1, Scope.EVERYTHING, List.of());
    }

    private static PlanEntry other(String path) {
        return new PlanEntry(path, null, null, null, OtherEntry.Kind.VCS, List.of(ROOT.resolve(path)), Set.of(), 10, 1,
                Scope.EVERYTHING, List.of());
    }

    private static String what(PlanEntry... entries) {
        return new DeletionPlan(ROOT, Scope.EVERYTHING, List.of(entries), List.of(), List.of(), false).what(Text::counted);
    }

    @Test
    void whatGoesCountsVersionsAndNamesOtherEntriesOnlyWhenThereAreSome() {
        assertThat(what(version("v1.0.0"))).isEqualTo("1 version");
        assertThat(what(version("v1.0.0"), version("v1.1.0"))).isEqualTo("2 versions");
        assertThat(what(other("cache/vcs/01"))).isEqualTo("1 other entry");
        assertThat(what(version("v1.0.0"), other("cache/vcs/01"), other("cache/vcs/02"))).isEqualTo("1 version and 2 other entries");
    }
}
