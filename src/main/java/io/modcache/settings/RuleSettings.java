package io.modcache.settings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The rule panel as the user last left it. Plain data for Jackson; missing fields take defaults.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RuleSettings(boolean olderThanOn, String olderThan, boolean keepNewestOn, int keepNewest, boolean unused,
                           boolean broken, boolean budgetOn, String budget, String pattern, boolean includeUsed) {

    public static final RuleSettings DEFAULT = new RuleSettings(true, "90d", false, 2, false, false, false, "5GiB", "", false);

    public RuleSettings {
        olderThan = olderThan == null || olderThan.isBlank() ? "90d" : olderThan;
        budget = budget == null || budget.isBlank() ? "5GiB" : budget;
        pattern = pattern == null ? "" : pattern;
        keepNewest = Math.max(0, keepNewest);
    }
}
