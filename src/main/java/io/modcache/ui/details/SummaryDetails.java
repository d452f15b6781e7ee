package io.modcache.ui.details;

import io.modcache.ui.common.Formats;
import io.modcache.text.Text;
import io.modcache.cache.ModuleVersion;
import io.modcache.cache.VerificationStatus;
import io.modcache.projects.Need;
import io.modcache.projects.ProjectNeeds;
import io.modcache.text.ByteSizes;
import io.modcache.ui.model.CacheRow;
import io.modcache.ui.model.ResolvedEntries;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The details pane for a module row or for several rows: a title, facts (caption and words), and
 * a list (a module's versions). Computed from the model only: no file is touched.
 */
public record SummaryDetails(String title, List<Fact> facts, List<String> list) {

    public record Fact(String caption, String words) {
    }

    public SummaryDetails {
        facts = List.copyOf(facts);
        list = List.copyOf(list);
    }

    /** A module: its versions with size and verdict, its bytes, and which versions the projects pin. */
    public static SummaryDetails ofModule(CacheRow module, Function<ModuleVersion, List<ProjectNeeds.Use>> usedBy) {
        List<ModuleVersion> versions = module.versions().stream().map(CacheRow::moduleVersion).toList();
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact(Text.get("details.size"), Formats.counted("count.version", versions.size()) + " · " + ByteSizes.format(module.bytes())
                + " · " + Formats.counted("count.file", module.filesProperty().get())));
        if (module.ownFiles() > 0) {
            // so a module of one version with one file more than the version is not a riddle
            facts.add(new Fact(Text.get("details.moduleFiles"), Text.get("details.moduleFiles.text",
                    Formats.counted("count.file", module.ownFiles()), ByteSizes.format(module.ownBytes()))));
        }
        facts.add(new Fact(Text.get("details.status"), verdicts(versions)));
        List<String> pins = new ArrayList<>();
        List<String> list = new ArrayList<>();
        int width = versions.stream().mapToInt(v -> v.version().length()).max().orElse(0);
        // the verdict column as wide as this module's longest verdict: a narrow pane wraps less
        int verdictWidth = versions.stream().mapToInt(v -> v.status().label().length()).max().orElse(1);
        for (ModuleVersion v : versions) {
            List<ProjectNeeds.Use> uses = usedBy.apply(v);
            long source = uses.stream().filter(u -> u.need() == Need.SOURCE).count();
            String use = uses.isEmpty() ? "" : source > 0 ? Text.get("details.neededBy", Formats.counted("count.project", source))
                    : Text.get("details.graphOnly");
            if (!use.isEmpty()) {
                pins.add(v.version() + " (" + use + ")");
            }
            list.add(String.format("%-" + width + "s  %10s  %-" + verdictWidth + "s  %s", v.version(), ByteSizes.format(v.bytes()),
                    v.status().label(), use).stripTrailing());
        }
        facts.add(new Fact(Text.get("details.pinned"), pins.isEmpty() ? Text.get("details.noProject") : String.join(", ", pins)));
        return new SummaryDetails(module.name(), facts, list);
    }

    /** Several rows: how many versions and entries, their bytes, and their verdicts. */
    public static SummaryDetails ofSelection(ResolvedEntries chosen, int modules) {
        List<ModuleVersion> versions = chosen.versions();
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact(Text.get("details.size"), ByteSizes.format(chosen.versionBytes() + chosen.others().stream().mapToLong(o -> o.bytes()).sum())
                + " · " + Formats.counted("count.file", versions.stream().mapToLong(ModuleVersion::files).sum()
                + chosen.others().stream().mapToLong(o -> o.files()).sum())));
        if (!versions.isEmpty()) {
            facts.add(new Fact(Text.get("details.status"), verdicts(versions)));
        }
        int others = chosen.others().size();
        if (others > 0) {
            facts.add(new Fact(Text.get("details.other"), Text.get("details.other.text", others, Formats.count(others))));
        }
        String ofModules = Text.get("details.ofModules", Formats.counted("count.version", versions.size()), Formats.counted("count.module", modules));
        String title = others == 0 ? Text.get("details.selected", ofModules)
                : versions.isEmpty() ? Text.get("details.selected", Formats.counted("count.otherEntry", others))
                : Text.get("details.selected", Text.get("plan.what", ofModules, Formats.counted("count.otherEntry", others)));
        return new SummaryDetails(title, facts, List.of());
    }

    /** "12 verified, 3 not verified, 1 dir has been modified": the worst first. */
    static String verdicts(List<ModuleVersion> versions) {
        Map<VerificationStatus, Long> counts = new EnumMap<>(VerificationStatus.class);
        versions.forEach(v -> counts.merge(v.status(), 1L, Long::sum));
        List<String> parts = new ArrayList<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(io.modcache.verify.Verdicts.MOST_SEVERE_FIRST))
                .forEach(e -> parts.add(e.getValue() + " " + e.getKey().label()));
        return String.join(", ", parts);
    }

}
