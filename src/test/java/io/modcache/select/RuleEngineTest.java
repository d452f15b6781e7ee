package io.modcache.select;

import io.modcache.cache.CachePart;
import io.modcache.cache.ModulePattern;
import io.modcache.cache.ModuleVersion;
import io.modcache.cache.Problem;
import io.modcache.cache.VerificationStatus;
import io.modcache.cache.VersionId;
import io.modcache.clean.Candidate;
import io.modcache.clean.Scope;
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

/** Each rule, their combination, and the protection of what the user's projects need. */
class RuleEngineTest {

    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
    private static final AccessTimeTracking TRACKED = new AccessTimeTracking(true, "/ is mounted rw,relatime");
    private static final AccessTimeTracking NOATIME = new AccessTimeTracking(false, "/ is mounted rw,noatime");
    private static final Path API = Path.of("/src/api");

    /** A version last read {@code daysAgo} days ago, downloaded {@code downloadedDaysAgo} days ago. */
    private static ModuleVersion v(String path, String version, long bytes, int daysAgo, int downloadedDaysAgo) {
        return new ModuleVersion(path, version, path, version, bytes, 3, EnumSet.of(CachePart.TREE, CachePart.ZIP),
                NOW.minus(Duration.ofDays(daysAgo)), NOW.minus(Duration.ofDays(downloadedDaysAgo)),
                VerificationStatus.UNVERIFIED, List.of(), "fp");
    }

    private static final ModuleVersion A1 = v("example.com/a", "v1.0.0", 100, 400, 500);
    private static final ModuleVersion A2 = v("example.com/a", "v1.1.0", 200, 200, 300);
    private static final ModuleVersion A3 = v("example.com/a", "v1.2.0", 300, 10, 20);
    private static final ModuleVersion B1 = v("example.com/b", "v0.1.0", 1000, 100, 5);
    private static final ModuleVersion C1 = v("golang.org/x/c", "v0.3.0", 50, 400, 400);
    private static final List<ModuleVersion> ALL = List.of(A1, A2, A3, B1, C1);

    private static RuleSet rules(AgeSpec olderThan, Integer keepNewest, boolean unused, boolean broken, SizeSpec budget,
                                 boolean includeUsed, String... patterns) {
        return new RuleSet(olderThan, keepNewest, unused, broken, budget, includeUsed,
                List.of(patterns).stream().map(ModulePattern::parse).toList());
    }

    private static RuleOutcome run(RuleSet rules, List<ModuleVersion> versions, ProjectNeeds needs, AccessTimeTracking tracking) {
        return RuleEngine.evaluate(rules, versions, needs, tracking, NOW, 10_000);
    }

    private static List<String> ids(RuleOutcome o) {
        return o.picks().stream().map(p -> p.version().id().toString()).toList();
    }

    private static ProjectNeeds apiNeeds(Map<ModuleVersion, Need> needs) {
        Map<VersionId, Need> byId = new java.util.HashMap<>();
        needs.forEach((v, n) -> byId.put(v.id(), n));
        return ProjectNeeds.of(Map.of(API, byId), List.of());
    }

    @Test
    void olderThanByLastAccessOrByDownloadWhereAccessIsNotRecorded() {
        RuleOutcome tracked = run(rules(AgeSpec.parse("90d"), null, false, false, null, false), ALL, ProjectNeeds.NONE, TRACKED);
        assertThat(ids(tracked)).containsExactly("example.com/a@v1.1.0", "example.com/a@v1.0.0", "example.com/b@v0.1.0", "golang.org/x/c@v0.3.0");
        assertThat(tracked.picks().get(1).reasons()).containsExactly("last access 2025-04-27, older than 90 days");
        assertThat(tracked.warnings()).isEmpty();

        RuleOutcome untracked = run(rules(AgeSpec.parse("90d"), null, false, false, null, false), ALL, ProjectNeeds.NONE, NOATIME);
        assertThat(ids(untracked)).as("b was downloaded 5 days ago").doesNotContain("example.com/b@v0.1.0");
        assertThat(untracked.picks().get(0).reasons().get(0)).startsWith("downloaded ");
        assertThat(untracked.warnings()).singleElement().asString().contains("noatime").contains("download time");
    }

    @Test
    void keepNewestSelectsTheRestOfEachModule() {
        RuleOutcome o = run(rules(null, 1, false, false, null, false), ALL, ProjectNeeds.NONE, TRACKED);
        assertThat(ids(o)).containsExactly("example.com/a@v1.1.0", "example.com/a@v1.0.0");
        assertThat(o.picks().get(1).reasons()).containsExactly("not the newest of 3");
        assertThat(ids(run(rules(null, 2, false, false, null, false), ALL, ProjectNeeds.NONE, TRACKED)))
                .containsExactly("example.com/a@v1.0.0");
    }

    @Test
    void unusedSelectsWhatNoProjectNeedsAndOnlyTheSourceOfGraphNeeds() {
        ProjectNeeds needs = apiNeeds(Map.of(A3, Need.SOURCE, A2, Need.GRAPH));
        RuleOutcome o = run(rules(null, null, true, false, null, false), ALL, needs, TRACKED);

        assertThat(ids(o)).containsExactly("example.com/a@v1.1.0", "example.com/a@v1.0.0", "example.com/b@v0.1.0", "golang.org/x/c@v0.3.0");
        Candidate a2 = o.picks().get(0);
        assertThat(a2.limit()).isEqualTo(Scope.SOURCE);
        assertThat(a2.reasons()).containsExactly("no project needs its source", "its go.mod stays: /src/api needs it for the module graph");
        assertThat(o.picks().get(1).limit()).isEqualTo(Scope.EVERYTHING);
        assertThat(o.picks().get(1).reasons()).containsExactly("no project needs it");
    }

    @Test
    void whatAProjectNeedsIsProtectedFromEveryRuleButBroken() {
        ModuleVersion brokenA1 = A1.withVerdict(VerificationStatus.DIR_MODIFIED,
                List.of(Problem.of(Problem.Kind.DIR_MODIFIED, "dir has been modified (/mc/example.com/a@v1.0.0)")));
        List<ModuleVersion> versions = List.of(brokenA1, A2, A3, B1, C1);
        ProjectNeeds needs = apiNeeds(Map.of(A1, Need.SOURCE, B1, Need.SOURCE));

        RuleOutcome old = run(rules(AgeSpec.parse("90d"), null, false, false, null, false), versions, needs, TRACKED);
        assertThat(ids(old)).doesNotContain("example.com/a@v1.0.0", "example.com/b@v0.1.0");
        assertThat(old.kept()).extracting(k -> k.version().id().toString()).containsExactly("example.com/a@v1.0.0", "example.com/b@v0.1.0");
        assertThat(old.kept().get(0).reason()).isEqualTo("kept: needed by /src/api");

        RuleOutcome broken = run(rules(null, null, false, true, null, false), versions, needs, TRACKED);
        assertThat(ids(broken)).containsExactly("example.com/a@v1.0.0");
        assertThat(broken.picks().get(0).reasons()).containsExactly("dir has been modified (/mc/example.com/a@v1.0.0)");

        RuleOutcome lifted = run(rules(AgeSpec.parse("90d"), null, false, false, null, true), versions, needs, TRACKED);
        assertThat(ids(lifted)).contains("example.com/a@v1.0.0", "example.com/b@v0.1.0");
        assertThat(lifted.kept()).isEmpty();
    }

    @Test
    void criteriaAreAndedAndPatternsRestrictTheCandidates() {
        RuleOutcome o = run(rules(AgeSpec.parse("90d"), 1, false, false, null, false, "example.com/..."), ALL, ProjectNeeds.NONE, TRACKED);
        assertThat(ids(o)).containsExactly("example.com/a@v1.1.0", "example.com/a@v1.0.0");
        assertThat(o.picks().get(1).reasons()).containsExactly("last access 2025-04-27, older than 90 days", "not the newest of 3");
    }

    @Test
    void aBudgetTakesTheLeastRecentlyUsedFirstLargerFirstOnTiesUntilTheCacheFits() {
        ModuleVersion tieSmall = v("example.com/t", "v1.0.0", 10, 400, 400);
        List<ModuleVersion> versions = List.of(A1, A2, A3, B1, C1, tieSmall);
        // cache of 10,000 bytes down to 9,840: needs 160 bytes
        RuleOutcome o = RuleEngine.evaluate(rules(null, null, false, false, SizeSpec.parse("9840"), false), versions,
                ProjectNeeds.NONE, TRACKED, NOW, 10_000);
        assertThat(ids(o)).containsExactly("example.com/a@v1.0.0", "example.com/t@v1.0.0", "golang.org/x/c@v0.3.0");
        assertThat(o.picks().get(0).reasons()).containsExactly("least recently used, to bring the cache down to 9.6 KiB");

        RuleOutcome fits = RuleEngine.evaluate(rules(null, null, false, false, SizeSpec.parse("20KB"), false), versions,
                ProjectNeeds.NONE, TRACKED, NOW, 10_000);
        assertThat(fits.picks()).isEmpty();
    }

    @Test
    void agesAndSizesAreParsedOrRefusedWithAReason() {
        assertThat(AgeSpec.parse("36h").duration()).isEqualTo(Duration.ofHours(36));
        assertThat(AgeSpec.parse("12w").duration()).isEqualTo(Duration.ofDays(84));
        assertThat(AgeSpec.parse("1y").words()).isEqualTo("1 year");
        assertThat(SizeSpec.parse("5GiB").bytes()).isEqualTo(5L << 30);
        assertThat(SizeSpec.parse("500MB").bytes()).isEqualTo(500_000_000L);
        assertThat(SizeSpec.parse("1.5kB").bytes()).isEqualTo(1500);
        assertThat(SizeSpec.parse("123").bytes()).isEqualTo(123);
        for (String bad : List.of("90", "d90", "9.5d", "-1d")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> AgeSpec.parse(bad)).hasMessageContaining("not an age");
        }
        for (String bad : List.of("5GB/s", "lots", "-5GiB", "5 parsecs")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> SizeSpec.parse(bad)).hasMessageContaining("not a size");
        }
    }
}
