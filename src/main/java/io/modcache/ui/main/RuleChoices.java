package io.modcache.ui.main;

import io.modcache.cache.ModuleVersion;
import io.modcache.cache.VersionId;
import io.modcache.clean.Candidate;
import io.modcache.select.RuleOutcome;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The selected versions as the delete preview plans them: those the rules chose carry the rules'
 * reasons and limits (a version a project needs for its graph keeps its go.mod), the ones the user
 * added by hand go whole; and, when the rules chose any, the versions they kept for the projects.
 */
record RuleChoices(List<Candidate> candidates, List<String> notes) {

    static RuleChoices of(RuleOutcome applied, List<ModuleVersion> selected) {
        Map<VersionId, Candidate> picked = new HashMap<>();
        applied.picks().forEach(c -> picked.put(c.version().id(), c));
        List<Candidate> candidates = selected.stream().map(v -> {
            Candidate c = picked.get(v.id());
            return c == null ? Candidate.chosen(v) : new Candidate(v, c.limit(), c.reasons());
        }).toList();
        boolean fromRules = selected.stream().anyMatch(v -> picked.containsKey(v.id()));
        List<String> notes = !fromRules ? List.of() : applied.kept().stream()
                .map(k -> k.version().id() + " " + k.reason().replaceFirst("^kept: ", "kept: ")).toList();
        return new RuleChoices(candidates, notes);
    }
}
