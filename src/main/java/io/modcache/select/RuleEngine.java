package io.modcache.select;

import io.modcache.cache.GoVersions;
import io.modcache.cache.ModulePattern;
import io.modcache.cache.ModuleVersion;
import io.modcache.cache.VersionId;
import io.modcache.clean.Candidate;
import io.modcache.clean.Scope;
import io.modcache.projects.Need;
import io.modcache.projects.ProjectNeeds;
import io.modcache.text.ByteSizes;
import io.modcache.system.AccessTimeTracking;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Evaluates a {@link RuleSet} on the versions of a scan: the one core the window's rule panel, the
 * {@code clean} command and the tests drive. The criteria are ANDed; then protection: when projects
 * are named, a version a project needs is never selected (unless {@code includeUsed}), except that
 * {@code broken} overrides it, and a version needed for the module graph only may lose its source
 * but keeps its {@code .mod} and {@code .info}. A budget then takes the least recently used of what
 * is left (ties: the larger first) until the cache fits. Every pick carries its reasons in words.
 */
public final class RuleEngine {

    private RuleEngine() {
    }

    /**
     * @param versions   the cache's versions, with verdicts where the rule {@code broken} needs them
     * @param cacheBytes the cache's total size, as {@code scan} reports it
     */
    public static RuleOutcome evaluate(RuleSet rules, List<ModuleVersion> versions, ProjectNeeds needs,
                                       AccessTimeTracking tracking, Instant now, long cacheBytes) {
        List<String> warnings = new ArrayList<>();
        if (!tracking.tracked() && (rules.olderThan() != null || rules.budget() != null)) {
            warnings.add("Access times are not recorded here (" + tracking.detail() + "): ages use the download time instead.");
        }
        Map<VersionId, String> notNewest = rules.keepNewest() == null ? Map.of() : beyondNewest(versions, rules.keepNewest());
        boolean protect = needs.hasProjects() && !rules.includeUsed();
        List<Candidate> picks = new ArrayList<>();
        List<RuleOutcome.Kept> kept = new ArrayList<>();
        for (ModuleVersion v : versions) {
            if (!rules.patterns().isEmpty() && rules.patterns().stream().noneMatch(p -> p.matches(v))) {
                continue;
            }
            List<String> reasons = new ArrayList<>();
            if (!matches(rules, v, needs, tracking, now, notNewest, reasons)) {
                continue;
            }
            Need need = needs.need(v.id());
            if (protect && need != null && !rules.broken()) {
                if (need == Need.SOURCE) {
                    kept.add(new RuleOutcome.Kept(v, "kept: needed by " + modules(needs, v.id(), Need.SOURCE)));
                    continue;
                }
                reasons.add("its go.mod stays: " + modules(needs, v.id(), Need.GRAPH) + " needs it for the module graph");
                picks.add(new Candidate(v, Scope.SOURCE, reasons));
            } else {
                picks.add(new Candidate(v, Scope.EVERYTHING, reasons));
            }
        }
        if (rules.budget() != null) {
            picks = withinBudget(picks, rules.budget(), tracking, cacheBytes);
        }
        picks.sort(Comparator.comparing((Candidate p) -> p.version().id()));
        return new RuleOutcome(picks, kept, warnings);
    }

    private static boolean matches(RuleSet rules, ModuleVersion v, ProjectNeeds needs, AccessTimeTracking tracking, Instant now,
                                   Map<VersionId, String> notNewest, List<String> reasons) {
        if (rules.olderThan() != null) {
            Instant age = ageOf(v, tracking);
            if (age == null || !age.isBefore(now.minus(rules.olderThan().duration()))) {
                return false;
            }
            reasons.add((tracking.tracked() ? "last access " : "downloaded ") + day(age) + ", older than " + rules.olderThan().words());
        }
        if (rules.keepNewest() != null) {
            String why = notNewest.get(v.id());
            if (why == null) {
                return false;
            }
            reasons.add(why);
        }
        if (rules.unused()) {
            Need need = needs.need(v.id());
            if (need == Need.SOURCE) {
                return false;
            }
            reasons.add(need == null ? "no project needs it" : "no project needs its source");
        }
        if (rules.broken()) {
            if (!v.status().failed()) {
                return false;
            }
            reasons.add(v.problems().isEmpty() ? v.status().label() : v.problems().get(0).text());
        }
        return true;
    }

    /** Versions beyond the newest {@code n} of their module, with the reason in words. */
    private static Map<VersionId, String> beyondNewest(List<ModuleVersion> versions, int n) {
        Map<String, List<ModuleVersion>> byModule = versions.stream().collect(Collectors.groupingBy(ModuleVersion::path));
        Map<VersionId, String> out = new HashMap<>();
        byModule.values().forEach(vs -> {
            List<ModuleVersion> sorted = new ArrayList<>(vs);
            sorted.sort(Comparator.comparing(ModuleVersion::version, GoVersions.NEWEST_FIRST));
            for (int i = n; i < sorted.size(); i++) {
                out.put(sorted.get(i).id(), "not the " + (n == 1 ? "newest" : n + " newest") + " of " + sorted.size());
            }
        });
        return out;
    }

    /** Least recently used first (ties: the larger first), until the cache fits the budget. */
    private static List<Candidate> withinBudget(List<Candidate> picks, SizeSpec budget, AccessTimeTracking tracking, long cacheBytes) {
        List<Candidate> lru = new ArrayList<>(picks);
        lru.sort(Comparator.comparing((Candidate p) -> ageOf(p.version(), tracking), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(p -> -p.version().bytes()));
        List<Candidate> taken = new ArrayList<>();
        long left = cacheBytes;
        for (Candidate p : lru) {
            if (left <= budget.bytes()) {
                break;
            }
            left -= p.version().bytes();
            List<String> reasons = new ArrayList<>(p.reasons());
            reasons.add("least recently used, to bring the cache down to " + ByteSizes.format(budget.bytes()));
            taken.add(new Candidate(p.version(), p.limit(), reasons));
        }
        return taken;
    }

    /** When the version was last used: its last access, or its download where access times are not tracked. */
    public static Instant ageOf(ModuleVersion v, AccessTimeTracking tracking) {
        Instant primary = tracking.tracked() ? v.lastAccess() : v.downloaded();
        return primary != null ? primary : tracking.tracked() ? v.downloaded() : v.lastAccess();
    }

    private static String modules(ProjectNeeds needs, VersionId id, Need need) {
        List<Path> modules = needs.usedBy(id).stream().filter(u -> u.need() == need).map(ProjectNeeds.Use::module).toList();
        String first = modules.get(0).toString();
        return modules.size() == 1 ? first : first + " and " + (modules.size() - 1) + " more";
    }

    private static String day(Instant t) {
        return t.atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }

    /** Module patterns, parsed. */
    public static List<ModulePattern> patterns(List<String> texts) {
        return texts.stream().map(ModulePattern::parse).toList();
    }
}
