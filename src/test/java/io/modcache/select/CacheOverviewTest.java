package io.modcache.select;

import io.modcache.cache.CachePart;
import io.modcache.cache.ModuleVersion;
import io.modcache.cache.Problem;
import io.modcache.cache.VerificationStatus;
import io.modcache.cache.VersionId;
import io.modcache.projects.Need;
import io.modcache.projects.ProjectNeeds;
import io.modcache.system.AccessTimeTracking;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CacheOverviewTest {

    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
    private static final AccessTimeTracking TRACKED = new AccessTimeTracking(true, "relatime");

    private static ModuleVersion v(String path, String version, long bytes, int daysAgo, VerificationStatus status) {
        return new ModuleVersion(path, version, path, version, bytes, 1, EnumSet.of(CachePart.TREE, CachePart.ZIP),
                NOW.minus(Duration.ofDays(daysAgo)), NOW.minus(Duration.ofDays(daysAgo)), status,
                status.failed() ? List.of(Problem.of(Problem.Kind.DIR_MODIFIED, "dir has been modified")) : List.of(), "fp");
    }

    private final ModuleVersion a1 = v("example.com/a", "v1.0.0", 100, 400, VerificationStatus.VERIFIED);
    private final ModuleVersion a2 = v("example.com/a", "v1.1.0", 200, 100, VerificationStatus.DIR_MODIFIED);
    private final ModuleVersion a3 = v("example.com/a", "v1.2.0", 300, 20, VerificationStatus.UNVERIFIED);
    private final ModuleVersion b1 = v("example.com/b", "v0.1.0", 1000, 3, VerificationStatus.VERIFIED);
    private final List<ModuleVersion> all = List.of(a1, a2, a3, b1);

    @Test
    void eachCommonRuleSaysWhatItWouldFreeWithTheProjectsProtected() {
        ProjectNeeds needs = ProjectNeeds.of(Map.of(Path.of("/src/api"), Map.<VersionId, Need>of(a1.id(), Need.SOURCE)), List.of());

        CacheOverview o = CacheOverview.of(all, needs, TRACKED, NOW, 1600);

        assertThat(o.presets()).extracting(CacheOverview.Preset::name)
                .containsExactly("Older than 90 days", "All but the newest 2", "Unused by my projects", "Broken");
        assertThat(freed(o, "Older than 90 days")).isEqualTo(200); // a1 is needed, so only a2
        assertThat(freed(o, "All but the newest 2")).isZero(); // a1 again
        assertThat(freed(o, "Unused by my projects")).isEqualTo(1500);
        assertThat(freed(o, "Broken")).isEqualTo(200);
        assertThat(o.unverified()).isEqualTo(1);
    }

    @Test
    void withoutProjectsThereIsNoUnusedRule() {
        CacheOverview o = CacheOverview.of(all, ProjectNeeds.NONE, TRACKED, NOW, 1600);

        assertThat(o.presets()).extracting(CacheOverview.Preset::name).doesNotContain("Unused by my projects");
        assertThat(freed(o, "All but the newest 2")).isEqualTo(100);
    }

    @Test
    void bytesByAgeAndTheLargestVersions() {
        CacheOverview o = CacheOverview.of(all, ProjectNeeds.NONE, TRACKED, NOW, 1600);

        assertThat(o.bytesByAge()).containsEntry(AgeBucket.WEEK, 1000L).containsEntry(AgeBucket.MONTH, 300L)
                .containsEntry(AgeBucket.QUARTER, 0L).containsEntry(AgeBucket.YEAR, 200L).containsEntry(AgeBucket.OLDER, 100L)
                .containsEntry(AgeBucket.UNKNOWN, 0L);
        assertThat(o.largest()).containsExactly(b1, a3, a2, a1);
    }

    @Test
    void ageBucketsAreInclusiveOfTheirBoundary() {
        assertThat(AgeBucket.of(NOW.minus(Duration.ofDays(7)), NOW)).isEqualTo(AgeBucket.WEEK);
        assertThat(AgeBucket.of(NOW.minus(Duration.ofDays(8)), NOW)).isEqualTo(AgeBucket.MONTH);
        assertThat(AgeBucket.of(NOW.minus(Duration.ofDays(366)), NOW)).isEqualTo(AgeBucket.OLDER);
        assertThat(AgeBucket.of(null, NOW)).isEqualTo(AgeBucket.UNKNOWN);
    }

    private static long freed(CacheOverview o, String name) {
        return o.presets().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow().outcome().bytes();
    }
}
