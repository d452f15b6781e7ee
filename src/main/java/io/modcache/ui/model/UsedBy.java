package io.modcache.ui.model;

import io.modcache.text.Text;
import io.modcache.projects.Need;
import io.modcache.projects.ProjectNeeds;

import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which of the user's modules need a version (or any version of a module), as the Used by column
 * shows it: "2 projects", "graph only", or nothing.
 */
public record UsedBy(List<ProjectNeeds.Use> uses) {

    public static final UsedBy NONE = new UsedBy(List.of());

    public UsedBy {
        uses = List.copyOf(uses);
    }

    /** For a module row: every module of the user's that needs any of its versions, with the most it needs. */
    public static UsedBy union(Collection<UsedBy> parts) {
        Map<Path, Need> most = new LinkedHashMap<>();
        parts.forEach(p -> p.uses().forEach(u -> most.merge(u.module(), u.need(), Need::max)));
        return new UsedBy(most.entrySet().stream().map(e -> new ProjectNeeds.Use(e.getKey(), e.getValue())).toList());
    }

    /** How many of the user's modules need the source. */
    public long sourceCount() {
        return uses.stream().filter(u -> u.need() == Need.SOURCE).count();
    }

    public String text() {
        long source = sourceCount();
        if (source > 0) {
            return Text.counted("count.project", source);
        }
        return uses.isEmpty() ? "" : Text.get("usedBy.graphOnly");
    }

    /** One line per module of the user's: its folder and what it needs. */
    public String tooltip() {
        StringBuilder s = new StringBuilder();
        for (ProjectNeeds.Use u : uses) {
            s.append(s.length() == 0 ? "" : "\n").append(u.module()).append(Text.get(u.need() == Need.SOURCE ? "usedBy.source" : "usedBy.graph"));
        }
        return s.toString();
    }

    /** For sorting: source users count most, then graph-only ones. */
    public int weight() {
        return (int) sourceCount() * 1000 + uses.size();
    }
}
