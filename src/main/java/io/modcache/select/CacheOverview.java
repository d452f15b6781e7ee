package io.modcache.select;

import io.modcache.cache.ModuleVersion;
import io.modcache.cache.VerificationStatus;
import io.modcache.projects.ProjectNeeds;
import io.modcache.system.AccessTimeTracking;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * "How much could I get back?": what each common rule would free right now (with the user's
 * projects protected, as the rule panel does it), bytes by when versions were last used, and the
 * largest versions.
 *
 * @param presets    the common rules with what they match now; "unused" only when projects are named
 * @param bytesByAge bytes of versions by age bucket, every bucket present
 * @param largest    the largest versions, largest first
 * @param unverified versions with no verdict yet (what "broken" cannot know about)
 */
public record CacheOverview(List<Preset> presets, Map<AgeBucket, Long> bytesByAge, List<ModuleVersion> largest, long unverified) {

    public static final int LARGEST = 20;

    /** A common rule and what it matches. */
    public record Preset(String name, RuleSet rules, RuleOutcome outcome) {
    }

    public CacheOverview {
        presets = List.copyOf(presets);
        bytesByAge = Map.copyOf(bytesByAge);
        largest = List.copyOf(largest);
    }

    public static CacheOverview of(List<ModuleVersion> versions, ProjectNeeds needs, AccessTimeTracking tracking, Instant now,
                                   long cacheBytes) {
        List<Preset> presets = new ArrayList<>();
        presets.add(preset("Older than 90 days", new RuleSet(AgeSpec.parse("90d"), null, false, false, null, false, List.of()),
                versions, needs, tracking, now, cacheBytes));
        presets.add(preset("All but the newest 2", new RuleSet(null, 2, false, false, null, false, List.of()),
                versions, needs, tracking, now, cacheBytes));
        if (needs.hasProjects()) {
            presets.add(preset("Unused by my projects", new RuleSet(null, null, true, false, null, false, List.of()),
                    versions, needs, tracking, now, cacheBytes));
        }
        presets.add(preset("Broken", new RuleSet(null, null, false, true, null, false, List.of()),
                versions, needs, tracking, now, cacheBytes));
        Map<AgeBucket, Long> byAge = new EnumMap<>(AgeBucket.class);
        for (AgeBucket b : AgeBucket.values()) {
            byAge.put(b, 0L);
        }
        versions.forEach(v -> byAge.merge(AgeBucket.of(RuleEngine.ageOf(v, tracking), now), v.bytes(), Long::sum));
        List<ModuleVersion> largest = versions.stream()
                .sorted(Comparator.comparingLong(ModuleVersion::bytes).reversed().thenComparing(ModuleVersion::id))
                .limit(LARGEST).toList();
        long unverified = versions.stream().filter(v -> v.status() == VerificationStatus.UNVERIFIED).count();
        return new CacheOverview(presets, byAge, largest, unverified);
    }

    private static Preset preset(String name, RuleSet rules, List<ModuleVersion> versions, ProjectNeeds needs,
                                 AccessTimeTracking tracking, Instant now, long cacheBytes) {
        return new Preset(name, rules, RuleEngine.evaluate(rules, versions, needs, tracking, now, cacheBytes));
    }
}
