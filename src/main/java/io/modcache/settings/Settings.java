package io.modcache.settings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/**
 * What the app remembers between runs. Plain data for Jackson: unknown fields of newer versions
 * are ignored, missing ones take defaults.
 *
 * @param projectDirs folders whose go.sum files verification checks against
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Settings(List<String> projectDirs) {

    public static final Settings DEFAULT = new Settings(List.of());

    public Settings {
        projectDirs = projectDirs == null ? List.of() : List.copyOf(projectDirs);
    }

    public Settings withProjectDirs(List<String> dirs) {
        return new Settings(dirs);
    }
}
