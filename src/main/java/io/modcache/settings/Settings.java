package io.modcache.settings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/**
 * What the app remembers between runs. Plain data for Jackson: unknown fields of newer versions
 * are ignored, missing ones take defaults.
 *
 * @param projectDirs folders with the user's Go projects
 * @param rules       the rule panel as last left
 * @param view        the main window's views as last arranged
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Settings(List<String> projectDirs, RuleSettings rules, ViewSettings view) {

    public static final Settings DEFAULT = new Settings(List.of(), RuleSettings.DEFAULT, ViewSettings.DEFAULT);

    public Settings {
        projectDirs = projectDirs == null ? List.of() : List.copyOf(projectDirs);
        rules = rules == null ? RuleSettings.DEFAULT : rules;
        view = view == null ? ViewSettings.DEFAULT : view;
    }

    public Settings withProjectDirs(List<String> dirs) {
        return new Settings(dirs, rules, view);
    }

    public Settings withRules(RuleSettings newRules) {
        return new Settings(projectDirs, newRules, view);
    }

    public Settings withView(ViewSettings newView) {
        return new Settings(projectDirs, rules, newView);
    }
}
