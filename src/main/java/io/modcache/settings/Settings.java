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
 * @param window      the main window's place, size, columns, theme and chosen cache folder
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Settings(List<String> projectDirs, RuleSettings rules, ViewSettings view, WindowSettings window) {

    public static final Settings DEFAULT = new Settings(List.of(), RuleSettings.DEFAULT, ViewSettings.DEFAULT, WindowSettings.DEFAULT);

    public Settings {
        projectDirs = projectDirs == null ? List.of() : List.copyOf(projectDirs);
        rules = rules == null ? RuleSettings.DEFAULT : rules;
        view = view == null ? ViewSettings.DEFAULT : view;
        window = window == null ? WindowSettings.DEFAULT : window;
    }

    public Settings withProjectDirs(List<String> dirs) {
        return new Settings(dirs, rules, view, window);
    }

    public Settings withRules(RuleSettings newRules) {
        return new Settings(projectDirs, newRules, view, window);
    }

    public Settings withView(ViewSettings newView) {
        return new Settings(projectDirs, rules, newView, window);
    }

    public Settings withWindow(WindowSettings newWindow) {
        return new Settings(projectDirs, rules, view, newWindow);
    }
}
