package io.modcache.projects;

import io.modcache.cache.VersionId;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Which of the user's modules need each cached version, and how much of it. */
public final class ProjectNeeds {

    public static final ProjectNeeds NONE = new ProjectNeeds(List.of(), Map.of(), List.of());

    /** One module of the user's that needs a version. */
    public record Use(Path module, Need need) {
    }

    private final List<Path> modules;
    private final Map<VersionId, List<Use>> byVersion;
    private final List<String> problems;

    public ProjectNeeds(List<Path> modules, Map<VersionId, List<Use>> byVersion, List<String> problems) {
        this.modules = List.copyOf(modules);
        Map<VersionId, List<Use>> copy = new HashMap<>();
        byVersion.forEach((id, uses) -> copy.put(id, uses.stream().sorted(Comparator.comparing(u -> u.module().toString())).toList()));
        this.byVersion = Map.copyOf(copy);
        this.problems = List.copyOf(problems);
    }

    /** Builds the index from each module's needs. */
    public static ProjectNeeds of(Map<Path, Map<VersionId, Need>> needsByModule, List<String> problems) {
        Map<VersionId, List<Use>> byVersion = new HashMap<>();
        needsByModule.forEach((module, needs) -> needs.forEach((id, need) ->
                byVersion.computeIfAbsent(id, k -> new ArrayList<>()).add(new Use(module, need))));
        List<Path> modules = new ArrayList<>(needsByModule.keySet());
        modules.sort(Comparator.comparing(Path::toString));
        return new ProjectNeeds(modules, byVersion, problems);
    }

    /** The modules that need {@code id}, by folder; empty when none does. */
    public List<Use> usedBy(VersionId id) {
        return byVersion.getOrDefault(id, List.of());
    }

    /** The most any module needs of {@code id}, or null when none needs it. */
    public Need need(VersionId id) {
        Need most = null;
        for (Use u : usedBy(id)) {
            most = Need.max(most, u.need());
        }
        return most;
    }

    /** The module folders found below the project folders. */
    public List<Path> modules() {
        return modules;
    }

    /** Whether any project was named and found: only then can a version be "unused". */
    public boolean hasProjects() {
        return !modules.isEmpty();
    }

    /** Folders that could not be searched, files that could not be read, malformed lines. */
    public List<String> problems() {
        return problems;
    }
}
