package io.modcache.select;

import io.modcache.cache.ModuleVersion;
import io.modcache.clean.Candidate;

import java.util.List;

/**
 * What the rules select, what they would have selected but a project needs (kept, with the
 * reason), and what the user should know (access times not tracked, say).
 */
public record RuleOutcome(List<Candidate> picks, List<Kept> kept, List<String> warnings) {

    public static final RuleOutcome NONE = new RuleOutcome(List.of(), List.of(), List.of());

    /** A version the rules matched but protection kept. */
    public record Kept(ModuleVersion version, String reason) {
    }

    public RuleOutcome {
        picks = List.copyOf(picks);
        kept = List.copyOf(kept);
        warnings = List.copyOf(warnings);
    }

    public long bytes() {
        return picks.stream().mapToLong(p -> p.version().bytes()).sum();
    }
}
